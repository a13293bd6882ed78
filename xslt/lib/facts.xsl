<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/facts.xsl: what the folder index lists about one document (number, heading, date, kind), as a
  map, so that the build never re-parses TEI by hand; the HTML page shows the same facts from the
  same map (computed once a document). Included with lib/html.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:function name="tt:facts" as="map(xs:string, xs:string)">
    <xsl:param name="document" as="element()"/>
    <xsl:variable name="title" as="xs:string" select="tt:title($document)"/>
    <xsl:variable name="date" as="element()?" select="tt:date($document)"/>
    <xsl:sequence select="map:merge((
        map { 'number': string($document/@n), 'heading': $title },
        $date ! normalize-space(string-join(.//text()[not(ancestor::note)])) ! map { 'date': . },
        (: the date's computable value, if the encoder could give one :)
        $date ! (@when, @from, @notBefore)[1] ! map { 'when': string(.) },
        tt:kind($document, $title) ! map { 'kind': . }
      ))"/>
  </xsl:function>

</xsl:stylesheet>
