<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-facts.xsl: the facts of one TEI document (lib/facts.xsl's tt:facts: printed number, heading,
  date, kind, volume), as a map, without its editions. What a build reads of a TEI input (anyone's,
  the FRUS editors' own) before the pages are made: the number orders the documents and the heading
  labels the links between them. Parameter: document (a document node).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>
  <xsl:include href="lib/facts.xsl"/>

  <!-- Saxon users: `-it -xsl:tei-facts.xsl ?document=doc("FILE.xml")` prints the map. -->
  <xsl:output method="adaptive"/>

  <xsl:param name="document" as="document-node()"/>

  <xsl:template name="xsl:initial-template">
    <xsl:sequence select="tt:facts(tt:document($document))"/>
  </xsl:template>
</xsl:stylesheet>
