<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-print.xsl: the print edition of TEI documents, in order, as one HTML page that Chromium prints
  to PDF (src/publish/pdf.ts): a title page, a contents page (the documents' numbers and headings,
  each a link, with the page it starts on), then each document's HTML edition article (lib/book.xsl)
  on a page of its own, its notes at its end, its printed page markers kept. Each document has a
  named page whose running head is its number and heading (CSS margin boxes); ids are prefixed
  with the document's name so that links within one document stay within it.
  Initial template; returns the page, serialized. Parameters:
    documents   the TEI documents, in order
    names       a name for each document, unique, an NCName: the id of its section
    title       the book's title; empty: the volumes' titles, else "Documents"
    print-css   the stylesheets (the edition's and print.css), inlined
    pages       the page each document starts on, for the contents; absent or empty: blank
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:h="urn:tei-telegram:html"
  xmlns:tt="urn:tei-telegram"
  xmlns:b="urn:tei-telegram:book"
  xmlns:p="urn:tei-telegram:print"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>
  <xsl:include href="lib/facts.xsl"/>
  <xsl:include href="lib/page.xsl"/>
  <xsl:include href="lib/html.xsl"/>
  <xsl:include href="lib/book.xsl"/>

  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="names" as="xs:string*" select="()"/>
  <xsl:param name="title" as="xs:string" select="''"/>
  <xsl:param name="pages" as="xs:string*" select="()"/>
  <xsl:param name="print-css" as="xs:string" select="''"/>

  <!-- A running head longer than this is cut at a word, with an ellipsis. -->
  <xsl:variable name="p:head-length" as="xs:integer" select="90"/>

  <xsl:variable name="p:books" as="map(xs:string, item()?)*">
    <xsl:for-each select="$documents">
      <xsl:variable name="i" as="xs:integer" select="position()"/>
      <xsl:variable name="part" as="map(xs:string, item()?)" select="b:document(.)"/>
      <xsl:sequence select="map:merge(($part, map { 'name': $names[$i], 'page': string($pages[$i]) }))"/>
    </xsl:for-each>
  </xsl:variable>

  <xsl:template name="xsl:initial-template">
    <xsl:if test="count($names) ne count($documents)">
      <xsl:sequence select="error(xs:QName('tt:names'), 'one name is needed for each document')"/>
    </xsl:if>
    <xsl:variable name="book-title" as="xs:string" select="b:title($title, $p:books)"/>
    <xsl:variable name="lang" as="xs:string" select="($p:books?lang[. != ''], 'en')[1]"/>
    <xsl:variable name="page" as="document-node()">
      <xsl:document>
        <html lang="{$lang}">
          <head>
            <meta charset="utf-8"/>
            <meta name="generator" content="tei-telegram"/>
            <title><xsl:value-of select="$book-title"/></title>
            <style><xsl:value-of select="$print-css"/></style>
            <style><xsl:value-of select="$p:books ! p:page-rule(., position())" separator="&#10;"/></style>
          </head>
          <body class="print">
            <section class="book-title">
              <h1><xsl:value-of select="$book-title"/></h1>
              <p class="count"><xsl:value-of select="count($p:books)"/> document<xsl:if test="count($p:books) ne 1">s</xsl:if></p>
              <p class="imprint">Published from TEI P5 by tei-telegram.</p>
            </section>
            <nav class="contents" aria-labelledby="contents-heading">
              <h2 id="contents-heading">Contents</h2>
              <ol>
                <xsl:for-each select="$p:books">
                  <li>
                    <a href="#{?name}">
                      <span class="contents-label"><xsl:value-of select="?label"/></span>
                      <span class="contents-page"><xsl:value-of select="?page"/></span>
                    </a>
                  </li>
                </xsl:for-each>
              </ol>
            </nav>
            <main>
              <xsl:for-each select="$p:books">
                <section class="print-document" id="{?name}" data-page="doc-{position()}">
                  <xsl:apply-templates select="?article" mode="p:html">
                    <xsl:with-param name="p:prefix" tunnel="yes" select="?name || '-'"/>
                  </xsl:apply-templates>
                </section>
              </xsl:for-each>
            </main>
          </body>
        </html>
      </xsl:document>
    </xsl:variable>
    <xsl:sequence select="serialize($page, map {
      'method': 'html', 'html-version': 5, 'include-content-type': false(), 'encoding': 'UTF-8', 'indent': false() })"/>
  </xsl:template>

  <!-- The document's named page: its number and heading at the head of each of its pages. -->
  <xsl:function name="p:page-rule" as="xs:string">
    <xsl:param name="book" as="map(*)"/>
    <xsl:param name="position" as="xs:integer"/>
    <xsl:variable name="label" as="xs:string" select="$book?label"/>
    <xsl:variable name="head" as="xs:string" select="if (string-length($label) le $p:head-length) then $label
      else replace(substring($label, 1, $p:head-length), '\s+\S*$', '') || ' …'"/>
    <xsl:sequence select="'@page doc-' || $position || ' { @top-center { content: ' || p:css-string($head) || '; } }'
      || ' [data-page=&quot;doc-' || $position || '&quot;] { page: doc-' || $position || '; }'"/>
  </xsl:function>

  <!-- A CSS string: backslash and quote escaped, and "<" so that no text closes the style element. -->
  <xsl:function name="p:css-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="'&quot;' || replace(replace(replace($text, '\', '\\', 'q'), '&quot;', '\&quot;', 'q'), '&lt;', '\3c ', 'q') || '&quot;'"/>
  </xsl:function>

  <!-- ===== The article, its ids and links kept within its document ===== -->

  <xsl:template match="*" mode="p:html">
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="p:html"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="@*" mode="p:html">
    <xsl:copy/>
  </xsl:template>

  <xsl:template match="@id" mode="p:html">
    <xsl:param name="p:prefix" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="id" select="$p:prefix || ."/>
  </xsl:template>

  <xsl:template match="@aria-labelledby | @aria-describedby" mode="p:html">
    <xsl:param name="p:prefix" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="{name()}" select="tokenize(.) ! ($p:prefix || .)"/>
  </xsl:template>

  <xsl:template match="@href[starts-with(., '#')]" mode="p:html">
    <xsl:param name="p:prefix" as="xs:string" tunnel="yes"/>
    <xsl:attribute name="href" select="'#' || $p:prefix || substring(., 2)"/>
  </xsl:template>

  <xsl:template match="text() | comment()" mode="p:html">
    <xsl:copy/>
  </xsl:template>

</xsl:stylesheet>
