<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-edition.xsl: every output of a batch of TEI documents, in one transform; what the publisher
  runs. Parameters: documents (document nodes), navigation (one map for each document, in order,
  with keys prev, next and up, each absent or a map {href, label}), outputs (which editions, both
  by default), and lib/page.xsl's css and css-href and lib/text.xsl's width. For the document at position i:
    i.html  the HTML page (lib/html.xsl), a result document written by the processor's serializer;
    i.txt   the plain-text edition (lib/text.xsl), likewise;
  and, as the i-th item of the principal result, its index facts (lib/facts.xsl), a map, with
  the persons it names (tt:persons) under 'persons'.
  One transform for many documents: Saxon-JS prepares the stylesheet afresh for every transform
  (about a third of the time a document takes), so a batch pays it once. The pages are serialized
  as they are written, never built as a tree first and serialized by fn:serialize.
  tei-to-html.xsl and tei-to-text.xsl make the same editions of one document, for Saxon and oXygen.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:h="urn:tei-telegram:html"
  xmlns:t="urn:tei-telegram:text"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>
  <xsl:include href="lib/page.xsl"/>
  <xsl:include href="lib/html.xsl"/>
  <xsl:include href="lib/text.xsl"/>
  <xsl:include href="lib/facts.xsl"/>

  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="navigation" as="map(*)*" select="()"/>
  <!-- Which editions to write: both by default; one alone only to time it (bench/publish.js). -->
  <xsl:param name="outputs" as="xs:string*" select="('html', 'text')"/>

  <xsl:template name="xsl:initial-template">
    <xsl:if test="count($navigation) ne count($documents)">
      <xsl:sequence select="error(xs:QName('tt:navigation'), 'one navigation map is needed for each document')"/>
    </xsl:if>
    <xsl:for-each select="$documents">
      <xsl:variable name="i" as="xs:integer" select="position()"/>
      <xsl:variable name="document" as="element()" select="tt:document(.)"/>
      <xsl:variable name="facts" as="map(xs:string, xs:string)" select="tt:facts($document)"/>
      <!-- lib/page.xsl's xsl:output is the HTML's. -->
      <xsl:if test="'html' = $outputs">
        <xsl:result-document href="{$i}.html">
          <xsl:apply-templates select="$document" mode="h:page">
            <xsl:with-param name="facts" select="$facts"/>
            <xsl:with-param name="tt:nav" tunnel="yes" select="$navigation[$i]"/>
          </xsl:apply-templates>
        </xsl:result-document>
      </xsl:if>
      <xsl:if test="'text' = $outputs">
        <xsl:result-document href="{$i}.txt" method="text" encoding="UTF-8">
          <xsl:value-of select="t:edition($document)"/>
        </xsl:result-document>
      </xsl:if>
      <!-- The facts, with the persons the document names (an array of maps) for the persons index. -->
      <xsl:variable name="persons" as="array(*)" select="tt:persons($document)"/>
      <xsl:sequence select="if (array:size($persons) eq 0) then $facts else map:put($facts, 'persons', $persons)"
        xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
