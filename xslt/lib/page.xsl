<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/page.xsl: the page shell every HTML page shares (document pages and the folder index):
  language, title, the edition's stylesheet (inline or linked), navigation, landmarks. Included.
  The includer defines the named template tt:page-content, called with tt:page's context item:
  the content is written straight into main, not built aside and copied.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:output method="html" html-version="5" include-content-type="no" encoding="UTF-8" indent="no"/>

  <!-- The edition's CSS, inlined in a style element; when empty, css-href is linked instead. -->
  <xsl:param name="css" as="xs:string" select="''"/>
  <xsl:param name="css-href" as="xs:string" select="'edition.css'"/>
  <!-- Navigation: each a map with keys href and label, or empty. -->
  <xsl:param name="prev" as="map(*)?" select="()"/>
  <xsl:param name="next" as="map(*)?" select="()"/>
  <xsl:param name="up" as="map(*)?" select="()"/>
  <!-- The address the page is published at, if known: its citation and canonical link give it. -->
  <xsl:param name="url" as="xs:string" select="''"/>

  <!-- How the site's pages (index, persons) head a volume's group: its title, else what the group is. -->
  <xsl:function name="tt:volume-heading" as="xs:string">
    <xsl:param name="title" as="xs:string?"/>
    <xsl:sequence select="($title[. != ''], 'Other documents')[1]"/>
  </xsl:function>

  <!--
    $tt:nav (keys prev, next, up, url) is the page's navigation and address: the global parameters', unless a
    transform that makes many pages (tei-edition.xsl) tunnels each page its own.
  -->
  <xsl:template name="tt:page">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="tt:nav" as="map(*)" tunnel="yes" select="map { 'prev': $prev, 'next': $next, 'up': $up, 'url': $url[. != ''] }"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="tei-telegram"/>
        <title><xsl:value-of select="$title"/></title>
        <xsl:for-each select="$tt:nav?url">
          <link rel="canonical" href="{.}"/>
        </xsl:for-each>
        <xsl:choose>
          <xsl:when test="$css != ''">
            <style><xsl:value-of select="$css"/></style>
          </xsl:when>
          <xsl:otherwise>
            <link rel="stylesheet" href="{$css-href}"/>
          </xsl:otherwise>
        </xsl:choose>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to the content</a>
        <xsl:if test="exists(($tt:nav?prev, $tt:nav?next, $tt:nav?up))">
          <header class="site">
            <nav aria-label="Documents">
              <ul>
                <xsl:sequence select="tt:nav-link($tt:nav?prev, 'prev', 'Previous document: ')"/>
                <xsl:sequence select="tt:nav-link($tt:nav?up, 'index', 'All documents: ')"/>
                <xsl:sequence select="tt:nav-link($tt:nav?next, 'next', 'Next document: ')"/>
              </ul>
            </nav>
          </header>
        </xsl:if>
        <main id="main">
          <xsl:call-template name="tt:page-content"/>
        </main>
        <footer class="site">
          <p>Published from TEI P5 by tei-telegram.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:function name="tt:nav-link" as="element()?">
    <xsl:param name="target" as="map(*)?"/>
    <xsl:param name="rel" as="xs:string"/>
    <xsl:param name="says" as="xs:string"/>
    <xsl:if test="exists($target)">
      <li class="nav-{$rel}">
        <a href="{$target?href}">
          <xsl:if test="$rel = ('prev', 'next')">
            <xsl:attribute name="rel" select="$rel"/>
          </xsl:if>
          <span class="nav-says"><xsl:value-of select="$says"/></span>
          <xsl:value-of select="$target?label"/>
        </a>
      </li>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
