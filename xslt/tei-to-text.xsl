<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-to-text.xsl: the plain-text edition of one TEI document (lib/text.xsl), on its own.
  Parameter: width (default 0 = no wrapping): wrap paragraphs and notes at this many columns.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:t="urn:tei-telegram:text"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>
  <xsl:include href="lib/text.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:value-of select="t:edition(tt:document(.))"/>
  </xsl:template>

</xsl:stylesheet>
