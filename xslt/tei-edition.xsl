<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-edition.xsl: every output of TEI documents, as a map per document:
    html   the HTML page, serialized (lib/html.xsl, as tei-to-html.xsl writes it)
    text   the plain-text edition (lib/text.xsl, as tei-to-text.xsl)
    facts  the index facts (lib/facts.xsl, as tei-facts.xsl)
  Two entries:
    - the source document (match="/"): its map; navigation from lib/page.xsl's prev, next and up;
    - the initial template: an array of maps, one for each document of the parameter documents, in
      order, each with the navigation of the same place in the parameter navigation (a map with
      keys prev, next and up, each absent or a map {href, label}).
  One transform for all the outputs and for many documents: Saxon-JS prepares the stylesheet afresh
  for every transform (about a third of the time a document takes), so a batch pays it once.
  Parameters: lib/page.xsl's (css, css-href, prev, next, up) and lib/text.xsl's (width).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
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

  <!-- lib/page.xsl's xsl:output, for fn:serialize. -->
  <xsl:variable name="h:serialization" as="map(xs:string, item())" select="map {
    'method': 'html', 'html-version': 5, 'include-content-type': false(), 'encoding': 'UTF-8', 'indent': false() }"/>

  <xsl:template match="/">
    <xsl:sequence select="tt:edition(., map { 'prev': $prev, 'next': $next, 'up': $up })"/>
  </xsl:template>

  <xsl:template name="xsl:initial-template">
    <xsl:if test="count($navigation) ne count($documents)">
      <xsl:sequence select="error(xs:QName('tt:navigation'), 'one navigation map is needed for each document')"/>
    </xsl:if>
    <xsl:sequence select="array { for $i in 1 to count($documents) return tt:edition($documents[$i], $navigation[$i]) }"/>
  </xsl:template>

  <xsl:function name="tt:edition" as="map(xs:string, item())">
    <xsl:param name="source" as="document-node()"/>
    <xsl:param name="nav" as="map(*)"/>
    <xsl:variable name="document" as="element()" select="tt:document($source)"/>
    <xsl:variable name="page" as="document-node()">
      <xsl:document>
        <xsl:apply-templates select="$document" mode="h:page">
          <xsl:with-param name="tt:nav" tunnel="yes" select="$nav"/>
        </xsl:apply-templates>
      </xsl:document>
    </xsl:variable>
    <xsl:sequence select="map {
      'html': serialize($page, $h:serialization),
      'text': t:edition($document),
      'facts': tt:facts($document) }"/>
  </xsl:function>

</xsl:stylesheet>
