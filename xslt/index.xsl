<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl: a page of the index of a folder of documents, in document order: number, heading (a
  link to the document's page), date, kind. Run from its initial template; the entries come as JSON,
  an array of objects {href, number, heading, date?, kind?}, in the parameter entries. An index in
  several pages gets page-hrefs (every page's href) and this page's place: page, and first, last and
  total, the positions of the documents it covers among all; each page then links to every other.
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
  <xsl:param name="page-hrefs" as="xs:string*" select="()"/>
  <!-- Whole numbers, but typed as JavaScript numbers arrive. -->
  <xsl:param name="page" as="xs:double" select="1"/>
  <xsl:param name="first" as="xs:double" select="1"/>
  <xsl:param name="last" as="xs:double" select="0"/>
  <xsl:param name="total" as="xs:double" select="0"/>

  <xsl:variable name="pages" as="xs:integer" select="count($page-hrefs)"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="tt:page">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="title" select="if ($pages gt 1) then $title || ', page ' || $page || ' of ' || $pages else $title"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tt:page-content">
    <xsl:variable name="documents" as="map(*)*" select="array:flatten(parse-json($entries))"
      xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    <h1><xsl:value-of select="$title"/></h1>
    <xsl:choose>
      <xsl:when test="$pages gt 1">
        <p class="index-count">
          <xsl:value-of select="if ($first eq $last) then 'Document ' || tt:count($first)
            else 'Documents ' || tt:count($first) || '–' || tt:count($last)"/>
          <xsl:value-of select="' of ' || tt:count($total) || '.'"/>
        </p>
        <xsl:call-template name="tt:index-pages"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="index-count"><xsl:value-of select="count($documents)"/> document<xsl:if test="count($documents) ne 1">s</xsl:if>.</p>
      </xsl:otherwise>
    </xsl:choose>
    <table class="index">
      <caption class="visually-hidden">
        <xsl:value-of select="if ($pages gt 1) then 'The documents of this page' else 'Every document'"/>, in document order</caption>
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

  <!-- Links to the previous and next pages and to every page by number, this one marked current. -->
  <xsl:template name="tt:index-pages">
    <nav class="index-pages" aria-label="Index pages">
      <ul>
        <xsl:if test="$page gt 1">
          <li><a href="{$page-hrefs[$page - 1]}" rel="prev">Previous page</a></li>
        </xsl:if>
        <xsl:for-each select="$page-hrefs">
          <li>
            <a href="{.}">
              <xsl:if test="position() eq $page">
                <xsl:attribute name="aria-current" select="'page'"/>
              </xsl:if>
              <span class="visually-hidden">Page </span>
              <xsl:value-of select="position()"/>
            </a>
          </li>
        </xsl:for-each>
        <xsl:if test="$page lt $pages">
          <li><a href="{$page-hrefs[$page + 1]}" rel="next">Next page</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- 50000 as 50,000. -->
  <xsl:function name="tt:count" as="xs:string">
    <xsl:param name="n" as="xs:double"/>
    <xsl:sequence select="format-integer(xs:integer($n), '#,##0')"/>
  </xsl:function>

</xsl:stylesheet>
