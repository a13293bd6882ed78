<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/document.xsl: what both editions ask of any TEI document, ours or the FRUS editors': which
  element is the document, and a note's printed number. Included, never compiled on its own.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tt="urn:tei-telegram"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    What is a block in both editions: elements that hold blocks, and elements that are blocks;
    everything else is phrase level. An edition may treat a few more as blocks (lib/html.xsl: labels
    and page breaks), never fewer.
  -->
  <xsl:variable name="tt:containers" as="xs:string+" select="('opener', 'closer', 'postscript', 'quote',
    'div', 'floatingText', 'body', 'attachment', 'group', 'text', 'front', 'back')"/>
  <xsl:variable name="tt:blocks" as="xs:string+" select="('p', 'item', 'dateline', 'salute', 'signed',
    'head', 'trailer', 'byline', 'ab', 'address', 'docDate', 'argument', 'epigraph', 'lg', 'table', 'figure',
    'list', 'listBibl', 'sp')"/>

  <!--
    The same lists as maps, for the tests made at every node: a lookup costs Saxon-JS one step where
    a comparison with a sequence of names (local-name() = $list) costs it one per name.
  -->
  <xsl:variable name="tt:is-container" as="map(xs:string, xs:boolean)" select="tt:set($tt:containers)"/>
  <xsl:variable name="tt:is-block" as="map(xs:string, xs:boolean)" select="tt:set(($tt:containers, $tt:blocks))"/>
  <xsl:function name="tt:set" as="map(xs:string, xs:boolean)">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="map:merge($names ! map:entry(., true()))"/>
  </xsl:function>

  <!--
    Names written side by side with nothing between them are separate words in both editions:
    "<persName>Bertrand Russell</persName><persName>Patricia Spence</persName><date>1935</date>"
    reads "Bertrand Russell Patricia Spence 1935". True of such a name that follows another.
  -->
  <xsl:variable name="tt:names" as="xs:string+" select="('persName', 'orgName', 'placeName', 'name', 'rs', 'date', 'title')"/>
  <xsl:variable name="tt:is-name" as="map(xs:string, xs:boolean)" select="tt:set($tt:names)"/>
  <xsl:function name="tt:follows-name" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/preceding-sibling::node()[1][self::*][map:contains($tt:is-name, local-name())])"/>
  </xsl:function>

  <!-- The first div[@type='document'] (a FRUS volume or one of our files), else the body. -->
  <xsl:function name="tt:document" as="element()">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="document" as="element()?" select="root($root)/descendant::div[@type = 'document'][1]"/>
    <xsl:variable name="found" as="element()?"
      select="if ($document) then $document else root($root)/descendant::body[1]"/>
    <xsl:sequence select="if (exists($found)) then $found else error(xs:QName('tt:no-document'),
      'No TEI document here: expected a div[@type=''document''] or a body in the TEI namespace')"/>
  </xsl:function>

  <!--
    Notes not inside notes, counted in document order as the tree is read: a note's place without
    counting the notes before it again (xsl:number level="any" did, which made a document with
    thousands of notes quadratic).
  -->
  <xsl:accumulator name="tt:notes-so-far" as="xs:integer" initial-value="0">
    <!-- A note printed inline (an older volume's file line) has no number. -->
    <xsl:accumulator-rule match="note[not(ancestor::note)][not(@rend = 'inline')]" select="$value + 1"/>
  </xsl:accumulator>
  <!--
    A processor given the document to transform (Saxon's -s:) applies to it the accumulators the
    initial mode names, none by default; documents given as parameters (tei-edition.xsl) have them all.
  -->
  <xsl:mode use-accumulators="#all"/>

  <!-- The printed number: @n, else the note's place among the document's notes. -->
  <xsl:function name="tt:note-number" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if ($note/@n) then string($note/@n) else string($note ! accumulator-before('tt:notes-so-far'))"/>
  </xsl:function>

  <!--
    The number a numbered division prints before its first block: "4." for n="4", "a." for n="a",
    "(1)" for n="(1)"; empty for a division that is not numbered (it has a head, or no such n).
  -->
  <xsl:function name="tt:printed-number" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="n" as="xs:string" select="string($div/@n)"/>
    <xsl:sequence select="
      if ($div/head or $div/@type = 'document') then ()
      else if (tt:is-digits($n) or (string-length($n) = 1 and tt:is-letters($n))) then $n || '.'
      else if (starts-with($n, '(') and ends-with($n, ')') and string-length($n) gt 2) then $n
      else ()"/>
  </xsl:function>

  <!-- Headings that name a kind, longest first. -->
  <xsl:variable name="tt:kinds" as="array(xs:string)+" select="
    ['Memorandum of Telephone Conversation', 'memorandum-of-telephone-conversation'],
    ['Memorandum of Conversation', 'memorandum-of-conversation'],
    ['Circular Telegram', 'circular-telegram'],
    ['Editorial Note', 'editorial-note'],
    ['Telegram', 'telegram'], ['Memorandum', 'memorandum'], ['Letter', 'letter'], ['Message', 'message'],
    ['Note', 'note'], ['Report', 'report'], ['Paper', 'paper']"/>

  <!--
    Character tests without regular expressions: Saxon-JS compiles a regular expression on every
    call, which made it the largest cost of a transform.
  -->
  <xsl:function name="tt:is-digits" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="$text != '' and translate($text, '0123456789', '') = ''"/>
  </xsl:function>

  <xsl:function name="tt:is-letters" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="$text != '' and translate(upper-case($text), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''"/>
  </xsl:function>

  <!-- A printed dash that already leads an item. -->
  <xsl:function name="tt:starts-with-dash" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="contains('—-–', substring($text, 1, 1)) and $text != ''"/>
  </xsl:function>

  <!-- The heading as plain text: the header's title, else the head without its number and notes. -->
  <xsl:function name="tt:title" as="xs:string">
    <xsl:param name="document" as="element()"/>
    <xsl:variable name="title" as="xs:string?"
      select="root($document)/TEI/teiHeader/fileDesc/titleStmt/title[normalize-space()][1]/normalize-space()"/>
    <!-- The head is read only when the header has no title (Saxon-JS evaluates every variable). -->
    <xsl:sequence select="if (exists($title)) then $title else tt:head-title($document)"/>
  </xsl:function>

  <xsl:function name="tt:head-title" as="xs:string">
    <xsl:param name="document" as="element()"/>
    <xsl:variable name="head" as="xs:string" select="normalize-space(string-join($document/head[1]//text()[not(ancestor::note)]
      ! (if (empty(preceding-sibling::node()) and parent::*[map:contains($tt:is-name, local-name())][tt:follows-name(.)]) then ' ' || . else string(.))))"/>
    <xsl:variable name="first-word" as="xs:string" select="substring-before($head, ' ')"/>
    <!-- "145. Telegram …": the number is @n's; "97A." counts too. -->
    <xsl:variable name="printed-number" as="xs:boolean"
      select="ends-with($first-word, '.') and tt:is-digits(substring($first-word, 1, 1))"/>
    <xsl:sequence select="if ($printed-number) then substring-after($head, ' ') else $head"/>
  </xsl:function>

  <!-- The date of the first dateline, e.g. "Washington, December 30, 1977, 0105Z" gives its date. -->
  <xsl:function name="tt:date" as="element()?">
    <xsl:param name="document" as="element()"/>
    <xsl:sequence select="$document/descendant::dateline[1]/descendant::date[1]"/>
  </xsl:function>

  <!--
    The kind of document: our encoding names it in @subtype; the FRUS editors write
    "historical-document" there, so their heading says it.
  -->
  <xsl:function name="tt:kind" as="xs:string?">
    <xsl:param name="document" as="element()"/>
    <!-- tt:title($document) -->
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="subtype" as="xs:string?" select="$document/@subtype[. != 'historical-document']"/>
    <xsl:sequence select="
      if ($subtype) then $subtype
      else ($tt:kinds[starts-with($title || ' ', ?1 || ' ')]?2)[1]"/>
  </xsl:function>

</xsl:stylesheet>
