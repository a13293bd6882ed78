<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/book.xsl: what the book outputs (tei-epub.xsl, tei-print.xsl) take from each document: the
  HTML edition's article (lib/html.xsl, entered by mode h:page as the other editions enter it), the
  page's language and title, and the volume the header names. The books carry the article into
  their own form by the edition's output classes (noteref, notes, backref, pb), not its templates,
  so they follow the HTML edition as it changes. Included, with lib/document.xsl, lib/page.xsl and
  lib/html.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:tei-telegram:html"
  xmlns:tt="urn:tei-telegram"
  xmlns:b="urn:tei-telegram:book"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- One document of a book: a map {article, lang, label, volume}. -->
  <xsl:function name="b:document" as="map(xs:string, item()?)">
    <xsl:param name="source" as="document-node()"/>
    <xsl:variable name="document" as="element()" select="tt:document($source)"/>
    <xsl:variable name="page" as="document-node()">
      <xsl:document>
        <xsl:apply-templates select="$document" mode="h:page"/>
      </xsl:document>
    </xsl:variable>
    <xsl:sequence select="map {
      'article': $page//*:article[1],
      'lang': string($page/*:html/@lang),
      'label': normalize-space($page/*:html/*:head/*:title),
      'volume': tt:facts($document)?volume-title }"/>
  </xsl:function>

  <!-- The book's title: the caller's, else the volumes' titles, else "Documents". -->
  <xsl:function name="b:title" as="xs:string">
    <xsl:param name="given" as="xs:string"/>
    <xsl:param name="documents" as="map(*)*"/>
    <xsl:sequence select="if ($given != '') then $given
      else (string-join(distinct-values($documents?volume), '; ')[. != ''], 'Documents')[1]"/>
  </xsl:function>

  <!-- "[Page 701]", the edition's page marker, gives 701. -->
  <xsl:function name="b:page-number" as="xs:string">
    <xsl:param name="marker" as="element()"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space($marker)"/>
    <xsl:sequence select="if (contains($text, 'Page')) then normalize-space(translate(substring-after($text, 'Page'), ']', '')) else $text"/>
  </xsl:function>

  <xsl:function name="b:has-class" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="class" as="xs:string"/>
    <xsl:sequence select="tokenize($element/@class) = $class"/>
  </xsl:function>

</xsl:stylesheet>
