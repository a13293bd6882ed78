<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-edition.xsl: every output of one TEI document from one transform, as a map:
    html   the HTML page, serialized (lib/html.xsl, as tei-to-html.xsl writes it)
    text   the plain-text edition (lib/text.xsl, as tei-to-text.xsl)
    facts  the index facts (lib/facts.xsl, as tei-facts.xsl)
  One transform, not three: Saxon-JS prepares the stylesheet afresh for every transform, a cost
  that grows with its size, and the document element is found once.
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

  <!-- lib/page.xsl's xsl:output, for fn:serialize. -->
  <xsl:variable name="h:serialization" as="map(xs:string, item())" select="map {
    'method': 'html', 'html-version': 5, 'include-content-type': false(), 'encoding': 'UTF-8', 'indent': false() }"/>

  <xsl:template match="/">
    <xsl:variable name="document" as="element()" select="tt:document(.)"/>
    <xsl:variable name="page" as="document-node()">
      <xsl:document>
        <xsl:apply-templates select="$document" mode="h:page"/>
      </xsl:document>
    </xsl:variable>
    <xsl:sequence select="map {
      'html': serialize($page, $h:serialization),
      'text': t:edition($document),
      'facts': tt:facts($document) }"/>
  </xsl:template>

</xsl:stylesheet>
