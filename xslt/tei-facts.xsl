<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-facts.xsl: the index facts of one TEI document (lib/facts.xsl), on its own, as a map (JSON
  when serialized).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>
  <xsl:include href="lib/facts.xsl"/>

  <xsl:output method="json"/>

  <xsl:template match="/">
    <xsl:sequence select="tt:facts(tt:document(.))"/>
  </xsl:template>

</xsl:stylesheet>
