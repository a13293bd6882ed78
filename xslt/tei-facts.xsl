<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-facts.xsl: what the folder index lists about one document (number, heading, date, kind), as a
  map (JSON when serialized), so that the build never re-parses TEI by hand.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tt="urn:tei-telegram"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/document.xsl"/>

  <xsl:output method="json"/>

  <xsl:template match="/">
    <xsl:variable name="document" as="element()" select="tt:document(.)"/>
    <xsl:sequence select="map:merge((
        map { 'number': string($document/@n), 'heading': tt:title($document) },
        tt:date($document) ! map { 'date': . },
        tt:when($document) ! map { 'when': . },
        tt:kind($document) ! map { 'kind': . }
      ))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:template>

</xsl:stylesheet>
