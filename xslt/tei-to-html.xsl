<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-to-html.xsl: the HTML edition of one TEI document (lib/html.xsl), on its own.
  Parameters (lib/page.xsl's): css, css-href, prev, next, up.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tt="urn:tei-telegram"
  xmlns:h="urn:tei-telegram:html"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>
  <xsl:include href="lib/page.xsl"/>
  <xsl:include href="lib/html.xsl"/>
  <xsl:include href="lib/facts.xsl"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tt:document(.)" mode="h:page"/>
  </xsl:template>

</xsl:stylesheet>
