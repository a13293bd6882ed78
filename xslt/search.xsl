<?xml version="1.0" encoding="UTF-8"?>
<!--
  search.xsl: the archive's search page. A form, and the results the page's script (site-search.js)
  writes from the index made at build time (search-index.js, MiniSearch's browser bundle
  minisearch.js); without script the page says that search needs it, and links to the index. Run
  from its initial template; parameters: the scripts' hrefs (scripts, in order), index-href.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/page.xsl"/>

  <xsl:param name="title" as="xs:string" select="'Search the documents'"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="scripts" as="xs:string*" select="()"/>
  <xsl:param name="index-href" as="xs:string" select="'index.html'"/>
  <xsl:param name="persons-href" as="xs:string" select="''"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="tt:page">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="tt:nav" tunnel="yes" select="map { 'up': map { 'href': $index-href, 'label': 'Index' } }"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tt:page-content">
    <h1><xsl:value-of select="$title"/></h1>
    <form class="search-form" role="search" method="get">
      <label for="search-query">Words, names or a document number</label>
      <input type="search" id="search-query" name="q" autocomplete="off"/>
      <button type="submit">Search</button>
    </form>
    <p class="search-status" id="search-status" role="status">
      <noscript>Search needs JavaScript. The <a href="{$index-href}">index</a> lists every document by volume<xsl:if test="$persons-href != ''">, and the <a href="{$persons-href}">persons index</a> every person</xsl:if>.</noscript>
    </p>
    <div class="search-results" id="search-results"></div>
    <xsl:for-each select="$scripts">
      <script src="{.}" defer="defer"></script>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
