<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/facts.xsl: what the folder index lists about one document (number, heading, date, kind), as a
  map, so that the build never re-parses TEI by hand. Included by tei-facts.xsl and tei-edition.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:function name="tt:facts" as="map(xs:string, xs:string)">
    <xsl:param name="document" as="element()"/>
    <xsl:sequence select="map:merge((
        map { 'number': string($document/@n), 'heading': tt:title($document) },
        tt:date($document) ! map { 'date': . },
        tt:when($document) ! map { 'when': . },
        tt:kind($document) ! map { 'kind': . }
      ))"/>
  </xsl:function>

</xsl:stylesheet>
