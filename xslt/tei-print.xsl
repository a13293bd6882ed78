<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-print.xsl: the print edition of TEI documents as HTML pages that Chromium prints to PDF
  (src/publish/pdf.ts prints a book in parts and joins them): the front matter (a title page and a
  contents page: the documents' numbers and headings, each a link, with the page it starts on), and
  parts of the documents, each document's HTML edition article (lib/book.xsl) on a page of its own,
  its notes at its end, its printed page markers kept. Each document has a named page whose running
  head is its number and heading (CSS margin boxes); ids are prefixed with the document's name so
  that links within one document stay within it, and unique across the parts.
  Initial template. Parameters:
    part        'documents' (default): the page of the documents given; returns a map
                  { html: the page, serialized; labels, volumes: an array of each document's heading
                  label and volume title (empty: none); lang: the documents' language }
                'front': the title and contents page of the documents named, from the labels and
                  volumes a part returned; returns the page, serialized
    documents   the TEI documents of the part, in order
    names       a name for each document, unique, an NCName: the id of its section
    labels, volumes, lang  (front) what the parts returned
    title       the book's title; empty: the volumes' titles, else "Documents"
    print-css   the stylesheets (the edition's and print.css), inlined
    pages       (front) the page each document starts on, for the contents; absent or empty: blank
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

  <xsl:param name="part" as="xs:string" select="'documents'"/>
  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="names" as="xs:string*" select="()"/>
  <xsl:param name="labels" as="xs:string*" select="()"/>
  <xsl:param name="volumes" as="xs:string*" select="()"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="title" as="xs:string" select="''"/>
  <xsl:param name="pages" as="xs:string*" select="()"/>
  <xsl:param name="print-css" as="xs:string" select="''"/>

  <!-- A running head longer than this is cut at a word, with an ellipsis. -->
  <xsl:variable name="p:head-length" as="xs:integer" select="90"/>

  <xsl:variable name="p:serialization" as="map(xs:string, item())" select="map {
    'method': 'html', 'html-version': 5, 'include-content-type': false(), 'encoding': 'UTF-8', 'indent': false() }"/>

  <xsl:template name="xsl:initial-template">
    <xsl:choose>
      <xsl:when test="$part = 'front'">
        <xsl:if test="count($labels) ne count($names) or count($volumes) ne count($names)">
          <xsl:sequence select="error(xs:QName('tt:names'), 'one name, label and volume are needed for each document')"/>
        </xsl:if>
        <xsl:sequence select="serialize(p:front(), $p:serialization)"/>
      </xsl:when>
      <xsl:when test="$part = 'documents'">
        <xsl:if test="count($names) ne count($documents)">
          <xsl:sequence select="error(xs:QName('tt:names'), 'one name is needed for each document')"/>
        </xsl:if>
        <xsl:variable name="books" as="map(xs:string, item()?)*" select="$documents ! b:document(.)"/>
        <xsl:variable name="html" as="document-node()">
          <xsl:call-template name="p:page">
            <xsl:with-param name="title" select="b:title($title, $books)"/>
            <xsl:with-param name="lang" select="p:lang($books)"/>
            <xsl:with-param name="page-rules" select="$books ! p:page-rule(?label, position())"/>
            <xsl:with-param name="body" as="element()+">
              <main>
                <xsl:for-each select="$books">
                  <xsl:variable name="i" as="xs:integer" select="position()"/>
                  <section class="print-document" id="{$names[$i]}" data-page="doc-{$i}">
                    <xsl:apply-templates select="?article" mode="p:html">
                      <xsl:with-param name="p:prefix" tunnel="yes" select="$names[$i] || '-'"/>
                    </xsl:apply-templates>
                  </section>
                </xsl:for-each>
              </main>
              <!-- Not shown: Chromium writes a destination for each link's target, so the PDF names
                   the page each document starts on (the contents, printed apart, link to them). -->
              <nav hidden="">
                <xsl:for-each select="$names">
                  <a href="#{.}"/>
                </xsl:for-each>
              </nav>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:variable>
        <xsl:sequence select="map {
          'html': serialize($html, $p:serialization),
          'labels': array { $books ! string(?label) },
          'volumes': array { $books ! string(?volume) },
          'lang': p:lang($books) }"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="error(xs:QName('tt:part'), 'part is front or documents, not ' || $part)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The title page and the contents. Each entry holds the id of its document, so that its link
       has a target in this print; the joined PDF's destination of that name is the document's. -->
  <xsl:function name="p:front" as="document-node()">
    <xsl:variable name="entries" as="map(xs:string, item()?)*" select="for $i in 1 to count($names) return map {
      'name': $names[$i], 'label': $labels[$i], 'volume': $volumes[$i][. != ''], 'page': string($pages[$i]) }"/>
    <xsl:variable name="book-title" as="xs:string" select="b:title($title, $entries)"/>
    <xsl:call-template name="p:page">
      <xsl:with-param name="title" select="$book-title"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="page-rules" select="()"/>
      <xsl:with-param name="body" as="element()+">
        <section class="book-title">
          <h1><xsl:value-of select="$book-title"/></h1>
          <p class="count"><xsl:value-of select="count($entries)"/> document<xsl:if test="count($entries) ne 1">s</xsl:if></p>
          <p class="imprint">Published from TEI P5 by tei-telegram.</p>
        </section>
        <nav class="contents" aria-labelledby="contents-heading">
          <h2 id="contents-heading">Contents</h2>
          <ol>
            <xsl:for-each select="$entries">
              <li id="{?name}">
                <a href="#{?name}">
                  <span class="contents-label"><xsl:value-of select="?label"/></span>
                  <span class="contents-page"><xsl:value-of select="?page"/></span>
                </a>
              </li>
            </xsl:for-each>
          </ol>
        </nav>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:function>

  <xsl:template name="p:page" as="document-node()">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="page-rules" as="xs:string*"/>
    <xsl:param name="body" as="element()+"/>
    <xsl:document>
      <html lang="{$lang}">
        <head>
          <meta charset="utf-8"/>
          <meta name="generator" content="tei-telegram"/>
          <title><xsl:value-of select="$title"/></title>
          <style><xsl:value-of select="$print-css"/></style>
          <xsl:if test="exists($page-rules)">
            <style><xsl:value-of select="$page-rules" separator="&#10;"/></style>
          </xsl:if>
        </head>
        <body class="print">
          <xsl:sequence select="$body"/>
        </body>
      </html>
    </xsl:document>
  </xsl:template>

  <xsl:function name="p:lang" as="xs:string">
    <xsl:param name="books" as="map(*)*"/>
    <xsl:sequence select="($books?lang[. != ''], 'en')[1]"/>
  </xsl:function>

  <!-- The document's named page: its number and heading at the head of each of its pages. -->
  <xsl:function name="p:page-rule" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="position" as="xs:integer"/>
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
