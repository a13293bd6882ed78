<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-epub.xsl: the content documents of an EPUB 3 book of TEI documents, in order.
  Initial template; returns a map:
    chapters  an array of maps {name, xhtml}: each document's XHTML content document (name.xhtml)
    title     the title page (title.xhtml)
    nav       the navigation document (nav.xhtml): contents from the documents' numbers and headings,
              and a page-list of the print pages (the page markers)
    opf       the package document (content.opf): metadata, manifest, spine
  Each chapter is the HTML edition's article (lib/book.xsl) carried into the XHTML namespace, where
  its footnotes become EPUB notes linked both ways (epub:type noteref / footnote) and its page
  markers page breaks (epub:type pagebreak).
  Parameters:
    documents   the TEI documents, in the book's order
    names       a file name (without .xhtml) for each document, unique, an NCName
    title       the book's title; empty: the documents' volume titles, else "Documents"
    identifier  the book's unique identifier (e.g. urn:uuid:…)
    modified    the dcterms:modified timestamp, CCYY-MM-DDThh:mm:ssZ
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:h="urn:tei-telegram:html"
  xmlns:tt="urn:tei-telegram"
  xmlns:e="urn:tei-telegram:epub"
  xmlns:b="urn:tei-telegram:book"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:epub="http://www.idpf.org/2007/ops"
  xmlns:opf="http://www.idpf.org/2007/opf"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>
  <xsl:include href="lib/facts.xsl"/>
  <xsl:include href="lib/page.xsl"/>
  <xsl:include href="lib/html.xsl"/>
  <xsl:include href="lib/book.xsl"/>

  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="names" as="xs:string*" select="()"/>
  <xsl:param name="title" as="xs:string" select="''"/>
  <xsl:param name="identifier" as="xs:string" required="yes"/>
  <xsl:param name="modified" as="xs:string" required="yes"/>

  <xsl:variable name="e:css" as="xs:string" select="'epub.css'"/>
  <xsl:variable name="e:xhtml" as="map(xs:string, item())" select="map {
    'method': 'xhtml', 'html-version': 5, 'include-content-type': false(), 'omit-xml-declaration': false(), 'encoding': 'UTF-8', 'indent': false() }"/>
  <xsl:variable name="e:xml" as="map(xs:string, item())" select="map {
    'method': 'xml', 'omit-xml-declaration': false(), 'encoding': 'UTF-8', 'indent': true() }"/>

  <!-- Each document's part of the book (lib/book.xsl) with its name and its chapter. -->
  <xsl:variable name="e:books" as="map(xs:string, item()*)*">
    <xsl:for-each select="$documents">
      <xsl:variable name="i" as="xs:integer" select="position()"/>
      <xsl:variable name="part" as="map(xs:string, item()?)" select="b:document(.)"/>
      <xsl:variable name="chapter" as="document-node()">
        <xsl:document>
          <html xml:lang="{$part?lang}" lang="{$part?lang}">
            <xsl:namespace name="epub" select="'http://www.idpf.org/2007/ops'"/>
            <head>
              <meta charset="utf-8"/>
              <title><xsl:value-of select="$part?label"/></title>
              <link rel="stylesheet" type="text/css" href="{$e:css}"/>
            </head>
            <body>
              <xsl:apply-templates select="$part?article" mode="e:xhtml"/>
            </body>
          </html>
        </xsl:document>
      </xsl:variable>
      <xsl:sequence select="map:merge(($part, map { 'name': $names[$i], 'chapter': $chapter }))"/>
    </xsl:for-each>
  </xsl:variable>

  <xsl:variable name="e:title" as="xs:string" select="b:title($title, $e:books)"/>
  <xsl:variable name="e:languages" as="xs:string+" select="(distinct-values($e:books?lang[. != '']), 'en')[1 to max((1, count(distinct-values($e:books?lang[. != '']))))]"/>

  <xsl:template name="xsl:initial-template">
    <xsl:if test="count($names) ne count($documents)">
      <xsl:sequence select="error(xs:QName('tt:names'), 'one name is needed for each document')"/>
    </xsl:if>
    <xsl:sequence select="map {
      'chapters': array { $e:books ! map { 'name': ?name, 'xhtml': serialize(?chapter, $e:xhtml) } },
      'title': serialize(e:title-page(), $e:xhtml),
      'nav': serialize(e:nav(), $e:xhtml),
      'opf': serialize(e:package(), $e:xml) }"/>
  </xsl:template>

  <!-- ===== The HTML edition's article in the XHTML namespace ===== -->

  <xsl:template match="*" mode="e:xhtml">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:apply-templates select="@*" mode="e:xhtml"/>
      <xsl:apply-templates mode="e:xhtml"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="@*" mode="e:xhtml">
    <xsl:copy/>
  </xsl:template>

  <!-- XHTML states a language in xml:lang too. -->
  <xsl:template match="@lang" mode="e:xhtml">
    <xsl:copy/>
    <xsl:attribute name="xml:lang" select="."/>
  </xsl:template>

  <xsl:template match="text()" mode="e:xhtml">
    <xsl:copy/>
  </xsl:template>

  <!-- A note's marker: an EPUB note reference. -->
  <xsl:template match="*:sup[b:has-class(., 'noteref')]/*:a" mode="e:xhtml">
    <a epub:type="noteref" role="doc-noteref">
      <xsl:apply-templates select="@*, node()" mode="e:xhtml"/>
    </a>
  </xsl:template>

  <!-- The notes: each referenced note an EPUB footnote, linking back to its marker. -->
  <xsl:template match="*:section[b:has-class(., 'notes')]" mode="e:xhtml">
    <section epub:type="footnotes" role="doc-endnotes">
      <xsl:apply-templates select="@*" mode="e:xhtml"/>
      <xsl:apply-templates select="*:h2" mode="e:xhtml"/>
      <xsl:apply-templates select="*:ol/*:li" mode="e:xhtml"/>
    </section>
  </xsl:template>

  <xsl:template match="*:section[b:has-class(., 'notes')]/*:ol/*:li" mode="e:xhtml">
    <xsl:variable name="referenced" as="xs:boolean" select="exists(*:a[b:has-class(., 'backref')])"/>
    <xsl:element name="{if ($referenced) then 'aside' else 'div'}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:if test="$referenced">
        <xsl:attribute name="epub:type" select="'footnote'"/>
        <xsl:attribute name="role" select="'doc-footnote'"/>
      </xsl:if>
      <xsl:apply-templates select="@*" mode="e:xhtml"/>
      <p><xsl:apply-templates mode="e:xhtml"/></p>
    </xsl:element>
  </xsl:template>

  <xsl:template match="*:a[b:has-class(., 'backref')]" mode="e:xhtml">
    <a role="doc-backlink">
      <xsl:apply-templates select="@*, node()" mode="e:xhtml"/>
    </a>
  </xsl:template>

  <!-- A page marker: an EPUB page break, the print page in its label and in the page-list. -->
  <xsl:template match="*:span[b:has-class(., 'pb')]" mode="e:xhtml">
    <xsl:variable name="n" as="xs:string" select="b:page-number(.)"/>
    <span epub:type="pagebreak" role="doc-pagebreak" title="{$n}" aria-label="Page {$n}">
      <xsl:apply-templates select="@*" mode="e:xhtml"/>
      <xsl:value-of select="normalize-space()"/>
    </span>
  </xsl:template>

  <!-- ===== Title page, navigation, package ===== -->

  <xsl:template name="e:shell">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="body" as="element()*"/>
    <html xml:lang="{$e:languages[1]}" lang="{$e:languages[1]}">
      <xsl:namespace name="epub" select="'http://www.idpf.org/2007/ops'"/>
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="{$e:css}"/>
      </head>
      <body>
        <xsl:sequence select="$body"/>
      </body>
    </html>
  </xsl:template>

  <xsl:function name="e:title-page" as="document-node()">
    <xsl:document>
      <xsl:call-template name="e:shell">
        <xsl:with-param name="title" select="$e:title"/>
        <xsl:with-param name="body" as="element()*">
          <section epub:type="titlepage" class="title-page">
            <h1><xsl:value-of select="$e:title"/></h1>
            <p class="count"><xsl:value-of select="count($e:books)"/> document<xsl:if test="count($e:books) ne 1">s</xsl:if></p>
            <p class="imprint">Published from TEI P5 by tei-telegram.</p>
          </section>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:document>
  </xsl:function>

  <xsl:function name="e:nav" as="document-node()">
    <xsl:variable name="breaks" as="element()*" select="$e:books?chapter//*:span[@epub:type = 'pagebreak']"/>
    <xsl:document>
      <xsl:call-template name="e:shell">
        <xsl:with-param name="title" select="'Contents'"/>
        <xsl:with-param name="body" as="element()*">
          <nav epub:type="toc" id="toc" role="doc-toc">
            <h1>Contents</h1>
            <ol>
              <xsl:for-each select="$e:books">
                <li><a href="{?name}.xhtml"><xsl:value-of select="?label"/></a></li>
              </xsl:for-each>
            </ol>
          </nav>
          <xsl:if test="exists($breaks)">
            <nav epub:type="page-list" id="page-list" hidden="hidden">
              <h1>Pages</h1>
              <ol>
                <xsl:for-each select="$e:books">
                  <xsl:variable name="name" as="xs:string" select="?name"/>
                  <xsl:for-each select="?chapter//*:span[@epub:type = 'pagebreak']">
                    <li><a href="{$name}.xhtml#{@id}"><xsl:value-of select="@title"/></a></li>
                  </xsl:for-each>
                </xsl:for-each>
              </ol>
            </nav>
          </xsl:if>
          <nav epub:type="landmarks" id="landmarks" hidden="hidden">
            <h1>Landmarks</h1>
            <ol>
              <li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>
              <li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
              <xsl:if test="exists($e:books)">
                <li><a epub:type="bodymatter" href="{$e:books[1]?name}.xhtml">Documents</a></li>
              </xsl:if>
            </ol>
          </nav>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:document>
  </xsl:function>

  <xsl:function name="e:package" as="document-node()">
    <xsl:document>
      <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="{$e:languages[1]}">
        <metadata>
          <xsl:namespace name="dc" select="'http://purl.org/dc/elements/1.1/'"/>
          <dc:identifier id="book-id"><xsl:value-of select="$identifier"/></dc:identifier>
          <dc:title><xsl:value-of select="$e:title"/></dc:title>
          <xsl:for-each select="$e:languages">
            <dc:language><xsl:value-of select="."/></dc:language>
          </xsl:for-each>
          <meta property="dcterms:modified"><xsl:value-of select="$modified"/></meta>
          <dc:publisher>tei-telegram</dc:publisher>
          <dc:description><xsl:value-of select="count($e:books)"/> document<xsl:if test="count($e:books) ne 1">s</xsl:if> published from TEI P5</dc:description>
          <xsl:variable name="dates" as="xs:string*" select="sort($documents ! tt:facts(tt:document(.))?when ! substring(., 1, 10)[. castable as xs:date])"/>
          <xsl:if test="exists($dates)">
            <dc:coverage><xsl:value-of select="distinct-values(($dates[1], $dates[last()]))" separator="/"/></dc:coverage>
          </xsl:if>
          <!-- Each document: its identifier (the TEI's idno, else its file name) and where the original is kept. -->
          <xsl:for-each select="$documents">
            <xsl:variable name="i" as="xs:integer" select="position()"/>
            <xsl:variable name="bibl" as="element(tei:bibl)?" select="tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1]"/>
            <xsl:variable name="held" as="xs:string*" select="($bibl/tei:orgName[1], $bibl/tei:idno[@type = 'record-group'],
              ($bibl/tei:title[@type = 'collection'], $bibl/tei:title[not(@type)])[1], $bibl/tei:idno[@type = 'file']) ! normalize-space()[. != '']"/>
            <dc:source>
              <xsl:value-of select="(tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[normalize-space()][1]/normalize-space(), $names[$i])[1]"/>
              <xsl:if test="exists($held)">: <xsl:value-of select="$held" separator=", "/></xsl:if>
            </dc:source>
          </xsl:for-each>
        </metadata>
        <manifest>
          <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
          <item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
          <item id="css" href="{$e:css}" media-type="text/css"/>
          <xsl:for-each select="$e:books">
            <item id="c-{?name}" href="{?name}.xhtml" media-type="application/xhtml+xml"/>
          </xsl:for-each>
        </manifest>
        <spine>
          <itemref idref="title"/>
          <itemref idref="nav"/>
          <xsl:for-each select="$e:books">
            <itemref idref="c-{?name}"/>
          </xsl:for-each>
        </spine>
      </package>
    </xsl:document>
  </xsl:function>

</xsl:stylesheet>
