<?xml version="1.0" encoding="UTF-8"?>
<!--
  persons.xsl: the archive's persons index. One section a volume (a volume's list of persons has
  its own ids), its persons by name, each with the description the list gives and the documents
  that mention them, linked to the first place in each (or to the document). Run from its initial
  template; the persons come as JSON in the parameter volumes: an array of {id, title, persons:
  [{id, name, description?, documents: [{href, number, heading}]}]} (href with its #anchor when known).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:tt="urn:tei-telegram"
  exclude-result-prefixes="#all">

  <xsl:include href="lib/page.xsl"/>

  <xsl:param name="volumes" as="xs:string" select="'[]'"/>
  <xsl:param name="title" as="xs:string" select="'Persons'"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="index-href" as="xs:string" select="'index.html'"/>

  <xsl:variable name="volume-list" as="map(*)*" select="array:flatten(parse-json($volumes))"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="tt:page">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="tt:nav" tunnel="yes" select="map { 'up': map { 'href': $index-href, 'label': 'Index' } }"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tt:page-content">
    <h1><xsl:value-of select="$title"/></h1>
    <xsl:variable name="count" as="xs:integer" select="sum($volume-list ! array:size(?persons))"/>
    <p class="index-count">
      <xsl:value-of select="format-integer($count, '#,##0') || (if ($count eq 1) then ' person' else ' persons')"/>
      <xsl:if test="count($volume-list) gt 1"> in <xsl:value-of select="count($volume-list)"/> volumes’ lists</xsl:if>
      <xsl:text>.</xsl:text>
      <xsl:if test="$count eq 0"> The documents name no person of a list (build with --persons to link them).</xsl:if>
    </p>
    <xsl:for-each select="$volume-list">
      <xsl:variable name="anchor" as="xs:string" select="'persons-' || position()"/>
      <section class="volume persons-index" id="{$anchor}" aria-labelledby="{$anchor}-heading">
        <h2 id="{$anchor}-heading"><xsl:value-of select="tt:volume-heading((?title[. != ''], ?id)[1])"/></h2>
        <dl class="persons-index">
          <xsl:for-each select="array:flatten(?persons)">
            <div class="person-index-entry">
              <dt><xsl:value-of select="?name"/></dt>
              <xsl:if test="?description">
                <dd class="person-description"><xsl:value-of select="?description"/></dd>
              </xsl:if>
              <dd>
                <ul class="person-documents">
                  <xsl:for-each select="array:flatten(?documents)">
                    <li><a href="{?href}"><xsl:value-of select="string-join((?number[. != ''] ! (. || '.'), ?heading), ' ')"/></a></li>
                  </xsl:for-each>
                </ul>
              </dd>
            </div>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
