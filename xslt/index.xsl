<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl: a page of the index of a folder of documents, grouped by volume, each volume's
  documents in document order: number, heading (a link to the document's page), date, kind. Run
  from its initial template; the entries come as JSON, an array of objects {href, number, heading,
  date?, when?, kind?, volume?, volume-title?} in document order, in the parameter entries; volumes
  lists every volume of the whole index ({id, title, count, page}). The page reads without script;
  script-href names a script that adds sorting and filtering by date and kind. An index in
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

  <!-- Every volume of the whole index, in order: a JSON array of {id, title, count, page}. -->
  <xsl:param name="volumes" as="xs:string" select="'[]'"/>
  <!-- The search page, the persons page and the sort-and-filter script, when the site has them. -->
  <xsl:param name="search-href" as="xs:string" select="''"/>
  <xsl:param name="persons-href" as="xs:string" select="''"/>
  <xsl:param name="script-href" as="xs:string" select="''"/>

  <xsl:variable name="pages" as="xs:integer" select="count($page-hrefs)"/>
  <xsl:variable name="volume-list" as="map(*)*" select="array:flatten(parse-json($volumes))"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>

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
    <xsl:call-template name="tt:site-links"/>
    <xsl:call-template name="tt:volumes"/>
    <!-- One section a volume, its documents in order; a volume that began on an earlier page says so. -->
    <xsl:for-each-group select="$documents" group-adjacent="string(?volume)">
      <xsl:variable name="volume" as="map(*)?" select="$volume-list[?id = current-grouping-key()][1]"/>
      <xsl:variable name="anchor" as="xs:string" select="tt:volume-anchor(current-grouping-key())"/>
      <section class="volume" id="{$anchor}" aria-labelledby="{$anchor}-heading">
        <h2 id="{$anchor}-heading"><xsl:value-of select="tt:volume-title(current-group()[1])"/></h2>
        <p class="volume-count">
          <xsl:value-of select="tt:documents(count(current-group()))"/>
          <xsl:if test="exists($volume) and $volume?count ne count(current-group())">
            <xsl:value-of select="' of the volume’s ' || tt:count($volume?count)"/>
            <xsl:if test="$volume?page lt $page"> (continued from an earlier page)</xsl:if>
          </xsl:if>
          <xsl:text>.</xsl:text>
        </p>
        <table class="index">
          <caption class="visually-hidden">The documents of <xsl:value-of select="tt:volume-title(current-group()[1])"/> on this page, in document order</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Heading</th>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="current-group()">
              <!-- data-*: what the page's script sorts and filters by (the date's ISO value, the kind). -->
              <tr data-order="{position()}">
                <xsl:if test="?when"><xsl:attribute name="data-when" select="?when"/></xsl:if>
                <xsl:if test="?kind"><xsl:attribute name="data-kind" select="?kind"/></xsl:if>
                <td class="index-number"><xsl:value-of select="?number"/></td>
                <td><a href="{?href}"><xsl:value-of select="?heading"/></a></td>
                <td><xsl:value-of select="?date"/></td>
                <td><xsl:value-of select="?kind ! translate(., '-', ' ')"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:for-each-group>
    <xsl:if test="$script-href != ''">
      <script src="{$script-href}" defer="defer"></script>
    </xsl:if>
  </xsl:template>

  <!-- The search form (it opens the search page, the part that needs script) and the persons index. -->
  <xsl:template name="tt:site-links">
    <xsl:if test="$search-href != ''">
      <form class="search-form" role="search" action="{$search-href}" method="get">
        <label for="search-query">Search the documents</label>
        <input type="search" id="search-query" name="q"/>
        <button type="submit">Search</button>
      </form>
    </xsl:if>
    <xsl:if test="$persons-href != ''">
      <p class="site-links"><a href="{$persons-href}">Persons index</a>: every person the documents name, with the documents that mention them.</p>
    </xsl:if>
  </xsl:template>

  <!-- Every volume of the index, with its count and a link to where it begins (on this page or another). -->
  <xsl:template name="tt:volumes">
    <xsl:if test="count($volume-list) gt 1 or $pages gt 1">
      <nav class="volumes" aria-labelledby="volumes-heading">
        <h2 id="volumes-heading">Volumes</h2>
        <ul>
          <xsl:for-each select="$volume-list">
            <li>
              <a href="{(if (?page eq $page) then '' else $page-hrefs[current()?page]) || '#' || tt:volume-anchor(?id)}"><xsl:value-of select="tt:volume-heading(?title)"/></a>
              <xsl:value-of select="' (' || tt:documents(?count) || (if ($pages gt 1) then ', from page ' || ?page else '') || ')'"/>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:function name="tt:volume-anchor" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if ($id = '') then 'volume-other' else 'volume-' || replace($id, '[^A-Za-z0-9_-]', '-')"/>
  </xsl:function>

  <xsl:function name="tt:volume-title" as="xs:string">
    <xsl:param name="entry" as="map(*)"/>
    <xsl:sequence select="tt:volume-heading(($entry?volume-title[. != ''], $entry?volume)[1])"/>
  </xsl:function>

  <xsl:function name="tt:documents" as="xs:string">
    <xsl:param name="n" as="xs:double"/>
    <xsl:sequence select="tt:count($n) || (if ($n eq 1) then ' document' else ' documents')"/>
  </xsl:function>

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
