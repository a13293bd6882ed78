<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl: the index page of a folder of documents, in document order: number, heading (a link to
  the document's page), date, kind. Run from its initial template; the entries come as JSON, an
  array of objects {href, number, heading, date?, kind?}, in the parameter entries.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/page.xsl"/>

  <xsl:param name="entries" as="xs:string" select="'[]'"/>
  <xsl:param name="title" as="xs:string" select="'Documents'"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="tt:page">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="title" select="$title"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tt:page-content">
    <xsl:variable name="documents" as="map(*)*" select="array:flatten(parse-json($entries))"
      xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    <h1><xsl:value-of select="$title"/></h1>
    <p class="index-count"><xsl:value-of select="count($documents)"/> document<xsl:if test="count($documents) ne 1">s</xsl:if>.</p>
    <table class="index">
      <caption class="visually-hidden">Every document, in document order</caption>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Heading</th>
          <th scope="col">Date</th>
          <th scope="col">Kind</th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$documents">
          <tr>
            <td class="index-number"><xsl:value-of select="?number"/></td>
            <td><a href="{?href}"><xsl:value-of select="?heading"/></a></td>
            <td><xsl:value-of select="?date"/></td>
            <td><xsl:value-of select="?kind ! translate(., '-', ' ')"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

</xsl:stylesheet>
