<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/text.xsl: the plain-text edition of one TEI document, in the form a reader copies from the
  FRUS web edition: heading with note markers, blocks separated by blank lines, numbered paragraphs
  with their numbers, dash-led items, [Page N] markers, the signature, then the footnotes as
  "  N. text". It follows the projection in FRUS's own rendering (shared/eval/frus.py) so that the
  editors' TEI and ours print the same text.

  The walk returns a flat sequence of strings; a few private-use characters tag the ones that are
  not plain blocks, and t:assemble turns the sequence into the page. Keeping state out of the walk
  (which note follows which block, which block takes a paragraph number) keeps the walk a pure,
  single pass over the tree: no preceding:: counts. Each pass emits its items as it goes and carries
  from one item to the next only what the next needs (the open block, whether text has started):
  a sequence carried in an xsl:iterate parameter is copied at every step, quadratic in a long text.

  Entry: t:edition(tt:document(.)). Parameter: width (default 0 = no wrapping): wrap paragraphs and
  notes at this many columns. Included by tei-to-text.xsl and tei-edition.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:t="urn:tei-telegram:text"
  xmlns:tt="urn:tei-telegram"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A double, so that callers from JavaScript (numbers are doubles) and the command line both fit. -->
  <xsl:param name="width" as="xs:double" select="0"/>

  <!-- Tags on items of the walk's sequence. -->
  <!-- A note marker: whitespace before it is removed ("Italy1"); as an item of its own it joins the previous block. -->
  <xsl:variable name="t:GLUE" as="xs:string" select="'&#xE000;'"/>
  <!-- A paragraph number ("4. ") waiting for the next block of text. -->
  <xsl:variable name="t:NUMBER" as="xs:string" select="'&#xE001;'"/>
  <!-- A line break (tei:lb) inside a block. -->
  <xsl:variable name="t:LB" as="xs:string" select="'&#x2028;'"/>
  <!-- Inside t:run only: an item that stands before the run's block (a note or page met before its text). -->
  <xsl:variable name="t:BEFORE" as="xs:string" select="'&#xE003;'"/>


  <!-- The page: the document element's text as a reader copies it. -->
  <xsl:function name="t:edition" as="xs:string">
    <xsl:param name="document" as="element()"/>
    <xsl:variable name="head" as="element(head)?" select="$document/head[1]"/>
    <xsl:variable name="items" as="xs:string*">
      <xsl:sequence select="t:heading($document, $head)"/>
      <!-- Each child after the heading is walked on its own, with the text that follows it. -->
      <xsl:for-each select="$document/*[not(. is $head)]">
        <xsl:sequence select="t:walk((., following-sibling::node()[1][self::text()]))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="t:assemble($items, t:footnotes($document, $head))"/>
  </xsl:function>

  <!--
    The footnotes, "N. text", in the order the page reads them (the heading's first): gathered by one
    path over the tree rather than carried up the walk beside the blocks. Notes inside notes print
    as their text; a note printed inline (rend="inline") is a block of the walk.
  -->
  <xsl:function name="t:footnotes" as="xs:string*">
    <xsl:param name="document" as="element()"/>
    <xsl:param name="head" as="element(head)?"/>
    <xsl:sequence select="($head/descendant::note, $document/node()[not(. is $head)]/descendant-or-self::note)
      [not(@rend = 'inline')][not(ancestor::note)] ! (tt:note-number(.) || '. ' || normalize-space(t:note-text(.)))"/>
  </xsl:function>

  <!-- The heading, with the document number the reader sees once. -->
  <xsl:function name="t:heading" as="xs:string?">
    <xsl:param name="document" as="element()"/>
    <xsl:param name="head" as="element(head)?"/>
    <xsl:variable name="n" as="xs:string?" select="$document/@n"/>
    <xsl:variable name="text" as="xs:string?" select="$head ! t:block(t:pieces(.))"/>
    <xsl:sequence select="if ($n and not(starts-with($text, $n || '.'))) then string-join(($n || '.', $text), ' ') else $text"/>
  </xsl:function>

  <!-- ===== Blocks ===== -->

  <!--
    Mixed content: runs of text and phrase-level elements form one block; block-level children form
    their own.
  -->
  <xsl:function name="t:walk" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="content" as="node()*" select="$nodes[not(self::comment() | self::processing-instruction())]"/>
    <xsl:choose>
      <!-- Blocks and white space only, as in our encoding's divisions: no runs to gather. -->
      <xsl:when test="empty($content[if (self::text()) then normalize-space() else not(self::*[map:contains($tt:is-block, local-name())] | self::note[@rend = 'inline'])])">
        <xsl:sequence select="$content[self::*] ! t:block-element(.)"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- The test written out, not a function: a call for every node costs more than the test. A
          note printed inline (older volumes' file line) is a block where it stands, with no marker. -->
        <xsl:for-each-group select="$content" group-adjacent="exists(self::*[map:contains($tt:is-block, local-name())] | self::note[@rend = 'inline'])">
          <xsl:choose>
            <xsl:when test="current-grouping-key()">
              <xsl:for-each select="current-group()">
                <xsl:sequence select="t:block-element(.)"/>
              </xsl:for-each>
            </xsl:when>
            <xsl:otherwise>
              <xsl:sequence select="t:run(current-group())"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    A run of phrase-level content. A note or page break met before any text stands between blocks:
    the note's marker joins the previous block, the page break is a block of its own.
  -->
  <xsl:function name="t:run" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <!--
      The pieces of the block as they come, and the items that stand before it tagged t:BEFORE:
      one pass, nothing carried from one node to the next but whether the text has started
      (pieces carried in a parameter were copied at every node, quadratic in a long paragraph).
    -->
    <xsl:variable name="pieces" as="xs:string*">
      <xsl:iterate select="$nodes">
        <!-- Whether the pieces so far hold text besides notes. -->
        <xsl:param name="started" as="xs:boolean" select="false()"/>
        <xsl:choose>
          <xsl:when test="not($started) and self::note">
            <xsl:variable name="marker" as="xs:string*">
              <xsl:apply-templates select="." mode="t:inline"/>
            </xsl:variable>
            <xsl:sequence select="$marker ! ($t:BEFORE || .)"/>
          </xsl:when>
          <xsl:when test="not($started) and self::pb">
            <xsl:sequence select="t:page(.) ! ($t:BEFORE || .)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="more" as="xs:string*">
              <xsl:apply-templates select="." mode="t:inline"/>
            </xsl:variable>
            <xsl:sequence select="$more"/>
            <xsl:if test="not($started)">
              <xsl:next-iteration>
                <xsl:with-param name="started" select="normalize-space(string-join($more)) != ''"/>
              </xsl:next-iteration>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="$pieces[starts-with(., $t:BEFORE)] ! substring(., 2), t:block($pieces[not(starts-with(., $t:BEFORE))])"/>
  </xsl:function>

  <xsl:function name="t:block-element" as="xs:string*">
    <xsl:param name="el" as="element()"/>
    <xsl:choose>
      <xsl:when test="$el/self::list">
        <xsl:sequence select="t:list($el)"/>
      </xsl:when>
      <xsl:when test="$el/self::table">
        <xsl:sequence select="t:table($el)"/>
      </xsl:when>
      <xsl:when test="$el/self::note">
        <xsl:sequence select="normalize-space(t:note-text($el))[. != '']"/>
      </xsl:when>
      <xsl:when test="$el/self::div">
        <xsl:sequence select="tt:printed-number($el) ! ($t:NUMBER || . || ' ')"/>
        <xsl:sequence select="t:walk($el/node())"/>
      </xsl:when>
      <xsl:when test="map:contains($tt:is-container, local-name($el))">
        <xsl:sequence select="t:walk($el/node())"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="t:inline-block($el)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="t:inline-block" as="xs:string?">
    <xsl:param name="el" as="element()"/>
    <xsl:choose>
      <xsl:when test="t:is-plain($el)">
        <xsl:sequence select="normalize-space($el)[. != '']"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="t:block(t:pieces($el))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The pieces of an element's content, as mode t:inline prints them. -->
  <xsl:function name="t:pieces" as="xs:string*">
    <xsl:param name="el" as="element()"/>
    <xsl:choose>
      <!-- Text, notes and plain elements (a paragraph with names and note markers): each child in one
        step, as t:inline prints it, rather than the names walked node by node. -->
      <xsl:when test="empty($el/*[not(self::note) and (map:contains($t:unplain, local-name()) or not(t:is-plain(.)))])">
        <xsl:sequence select="$el/node() ! (
          if (self::text()) then string(.)
          else if (self::note) then (if (@rend = 'unanchored') then () else $t:GLUE || tt:note-number(.))
          else if (self::*) then (if (map:contains($tt:is-name, local-name()) and tt:follows-name(.)) then ' ' || string(.) else string(.))
          else ())"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$el/node()" mode="t:inline"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    Elements that the phrase-level modes (t:inline, t:note-text) print otherwise than as their text.
    An element holding none of them, and no name right after another name, prints its text, spaces
    normalised: t:inline-block and t:note-text then take its string value in one step rather than
    walking it node by node, which is most of what a paragraph cost.
  -->
  <xsl:variable name="t:unplain" as="map(xs:string, xs:boolean)"
    select="tt:set(('l', 'lb', 'pb', 'note', 'list', 'table', 'p', 'item', 'row', 'cell', 'ab', 'lg'))"/>
  <xsl:function name="t:is-plain" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="empty($el/descendant::*[map:contains($t:unplain, local-name())
      or (map:contains($tt:is-name, local-name()) and tt:follows-name(.))])"/>
  </xsl:function>

  <xsl:function name="t:page" as="xs:string?">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:sequence select="$pb/@n ! ('[Page ' || . || ']')"/>
  </xsl:function>

  <!--
    Joins the pieces of one block: text normalised line by line (lines come from tei:lb), note
    markers glued to the word before them. Returns the block, if it has text.
  -->
  <xsl:function name="t:block" as="xs:string?">
    <xsl:param name="pieces" as="xs:string*"/>
    <xsl:variable name="text" as="xs:string" select="string-join($pieces)"/>
    <!-- Regular expressions only where needed: Saxon-JS compiles one on every call. -->
    <xsl:variable name="lines" as="xs:string*"
      select="(if (contains($text, $t:LB)) then tokenize($text, '&#x2028;') else $text) ! normalize-space(.)[. != '']"/>
    <xsl:variable name="joined" as="xs:string" select="string-join($lines, '&#10;')"/>
    <xsl:sequence select="(if (contains($joined, $t:GLUE)) then t:glue($joined) else $joined)[. != '']"/>
  </xsl:function>

  <!-- Each note marker glued to the word before it: spaces normalised, at most one stands before it. -->
  <xsl:function name="t:glue" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="before" as="xs:string" select="substring-before($text, $t:GLUE)"/>
    <xsl:sequence select="if (not(contains($text, $t:GLUE))) then $text
      else (if (ends-with($before, ' ')) then substring($before, 1, string-length($before) - 1) else $before)
        || t:glue(substring-after($text, $t:GLUE))"/>
  </xsl:function>

  <!-- ===== Lists and tables ===== -->

  <xsl:function name="t:list" as="xs:string*">
    <xsl:param name="list" as="element(list)"/>
    <xsl:variable name="dash" as="xs:string"
      select="if (contains($list/@rend, 'dash') or contains($list/@type, 'dash')) then '—' else ''"/>
    <xsl:iterate select="$list/*">
      <!-- A label prints on the line of the item that follows it ("1. UK and France…"). -->
      <xsl:param name="label" as="xs:string" select="''"/>
      <xsl:choose>
        <xsl:when test="self::item">
          <xsl:variable name="prefix" as="xs:string" select="if ($label) then $label || ' ' else ''"/>
          <xsl:choose>
            <xsl:when test="list">
              <xsl:variable name="lead" as="xs:string"
                select="if ($dash and not(tt:starts-with-dash(normalize-space(text()[1][not(preceding-sibling::*)]))))
                        then $dash else ''"/>
              <xsl:sequence select="t:item-with-lists(., $prefix || $lead)"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="lead" as="xs:string"
                select="if ($dash and not(tt:starts-with-dash(normalize-space(.)))) then $dash else ''"/>
              <xsl:sequence select="t:block(($prefix || $lead, t:pieces(.)))"/>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:next-iteration>
            <xsl:with-param name="label" select="''"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="self::label">
          <xsl:variable name="text" as="xs:string" select="normalize-space(t:inline-block(.))"/>
          <xsl:choose>
            <xsl:when test="following-sibling::*[1][self::item]">
              <xsl:next-iteration>
                <xsl:with-param name="label" select="$text"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:sequence select="$text[. != '']"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="self::pb">
          <xsl:sequence select="t:page(.)"/>
        </xsl:when>
        <xsl:when test="self::head">
          <xsl:sequence select="t:inline-block(.)"/>
        </xsl:when>
        <xsl:when test="self::list">
          <xsl:sequence select="t:list(.)"/>
        </xsl:when>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- An item holding lists: its own text up to each list is a block, the lists' items follow. -->
  <xsl:function name="t:item-with-lists" as="xs:string*">
    <xsl:param name="item" as="element(item)"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:for-each-group select="$item/node()" group-adjacent="exists(self::list)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:if test="position() = 1">
            <xsl:sequence select="t:block($prefix)"/>
          </xsl:if>
          <xsl:for-each select="current-group()">
            <xsl:sequence select="t:list(.)"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="pieces" as="xs:string*">
            <xsl:if test="position() = 1">
              <xsl:sequence select="$prefix"/>
            </xsl:if>
            <xsl:apply-templates select="current-group()" mode="t:inline"/>
          </xsl:variable>
          <xsl:sequence select="t:block($pieces)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A table: its head, then one line per row, cells separated by tabs. -->
  <xsl:function name="t:table" as="xs:string*">
    <xsl:param name="table" as="element(table)"/>
    <xsl:variable name="rows" as="xs:string*">
      <xsl:for-each select="$table//row">
        <xsl:sequence select="string-join(* ! t:inline-block(.), '&#9;')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="$table/head[1] ! t:inline-block(.)"/>
    <xsl:sequence select="string-join($rows, '&#10;')[normalize-space(.)]"/>
  </xsl:function>

  <!-- ===== Phrase level: pieces of a block ===== -->

  <xsl:template match="text()" mode="t:inline">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <xsl:template match="*" mode="t:inline">
    <xsl:apply-templates select="node()" mode="t:inline"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="t:inline"/>

  <xsl:template match="(persName | orgName | placeName | name | rs | date | title)[tt:follows-name(.)]" mode="t:inline" priority="1">
    <xsl:sequence select="' '"/>
    <xsl:next-match/>
  </xsl:template>

  <!-- A line of verse is a line of its own. -->
  <xsl:template match="l" mode="t:inline">
    <xsl:sequence select="$t:LB"/>
    <xsl:apply-templates select="node()" mode="t:inline"/>
    <xsl:sequence select="$t:LB"/>
  </xsl:template>

  <xsl:template match="lb" mode="t:inline">
    <xsl:sequence select="$t:LB"/>
  </xsl:template>

  <xsl:template match="pb" mode="t:inline">
    <xsl:sequence select="t:page(.) ! (' ' || . || ' ')"/>
  </xsl:template>

  <!-- A note prints its marker; its text is a footnote (t:footnotes). -->
  <xsl:template match="note" mode="t:inline">
    <xsl:sequence select="$t:GLUE || tt:note-number(.)"/>
  </xsl:template>

  <!-- A note whose marker the text does not print: a footnote without a marker. -->
  <xsl:template match="note[@rend = 'unanchored']" mode="t:inline"/>

  <!-- A list or table inside a paragraph keeps its items inline, one after another. -->
  <xsl:template match="list | table" mode="t:inline">
    <xsl:apply-templates select="node()" mode="t:inline-list"/>
  </xsl:template>

  <xsl:template match="item | row | head | label" mode="t:inline-list">
    <xsl:sequence select="' '"/>
    <xsl:apply-templates select="node()" mode="t:inline"/>
  </xsl:template>

  <xsl:template match="pb" mode="t:inline-list">
    <xsl:apply-templates select="." mode="t:inline"/>
  </xsl:template>

  <xsl:template match="text()" mode="t:inline-list">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <xsl:template match="node()" mode="t:inline-list" priority="-1"/>

  <!-- ===== Notes ===== -->

  <!-- A note's own text: its paragraphs joined by spaces; notes inside notes print as text. -->
  <xsl:function name="t:note-text" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:choose>
      <xsl:when test="empty($note/descendant::*[map:contains($t:unplain, local-name())])">
        <xsl:sequence select="string($note)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="parts" as="xs:string*">
          <xsl:apply-templates select="$note/node()" mode="t:note-text"/>
        </xsl:variable>
        <xsl:sequence select="string-join($parts)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="text()" mode="t:note-text">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <xsl:template match="*" mode="t:note-text">
    <xsl:apply-templates select="node()" mode="t:note-text"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="t:note-text"/>

  <xsl:template match="p | list | item | table | row | cell | ab | lg | l" mode="t:note-text">
    <xsl:sequence select="' '"/>
    <xsl:apply-templates select="node()" mode="t:note-text"/>
    <xsl:sequence select="' '"/>
  </xsl:template>

  <xsl:template match="lb" mode="t:note-text">
    <xsl:sequence select="' '"/>
  </xsl:template>

  <xsl:template match="pb" mode="t:note-text">
    <xsl:sequence select="(t:page(.), '')[1] ! (' ' || . || ' ')"/>
  </xsl:template>

  <!-- ===== The page ===== -->

  <!--
    Builds the page from the walk: blocks separated by blank lines, a marker item joining the block
    before it, a paragraph number joining the next block of text (not a page marker), notes last.
  -->
  <!-- A note number's place in order: 12, a (1), 17a (17.01); empty for a symbol. -->
  <xsl:function name="t:note-order" as="xs:double?">
    <xsl:param name="n" as="xs:string"/>
    <xsl:variable name="last" as="xs:string" select="substring($n, string-length($n))"/>
    <xsl:sequence select="
      if (tt:is-digits($n)) then xs:double($n)
      else if (string-length($n) = 1 and tt:is-letters($n)) then string-to-codepoints(lower-case($n)) - 96
      else if (tt:is-letters($last) and tt:is-digits(substring($n, 1, string-length($n) - 1)))
        then xs:double(substring($n, 1, string-length($n) - 1)) + (string-to-codepoints(lower-case($last)) - 96) div 100
      else ()"/>
  </xsl:function>

  <xsl:function name="t:assemble" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:param name="notes" as="xs:string*"/>
    <!-- Each block is emitted once the next begins: only the open block and the number are carried. -->
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:iterate select="$items">
        <!-- The last block: a marker that follows joins it. -->
        <xsl:param name="block" as="xs:string?" select="()"/>
        <xsl:param name="number" as="xs:string" select="''"/>
        <xsl:on-completion>
          <xsl:sequence select="$block"/>
        </xsl:on-completion>
        <xsl:choose>
          <xsl:when test="starts-with(., $t:GLUE)">
            <xsl:next-iteration>
              <xsl:with-param name="block" select="$block || substring(., 2)"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:when test="starts-with(., $t:NUMBER)">
            <xsl:next-iteration>
              <xsl:with-param name="number" select="substring(., 2)"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:when test="$number = '' or (starts-with(., '[Page ') and ends-with(., ']') and not(contains(., '&#10;')))">
            <xsl:sequence select="$block"/>
            <xsl:next-iteration>
              <xsl:with-param name="block" select="."/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="$block"/>
            <xsl:next-iteration>
              <xsl:with-param name="block" select="if (starts-with(., $number)) then . else $number || ."/>
              <xsl:with-param name="number" select="''"/>
            </xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="body" as="xs:string*" select="if ($width le 0) then $blocks else $blocks ! t:wrap-block(.)"/>
    <!-- In number order: a note printed with no marker (rend="unanchored") stands last in the TEI. -->
    <xsl:variable name="orders" as="xs:double*" select="$notes ! t:note-order(substring-before(., '.'))"/>
    <xsl:variable name="ordered" as="xs:string*">
      <xsl:choose>
        <xsl:when test="count($notes) le 1">
          <xsl:sequence select="$notes"/>
        </xsl:when>
        <!-- Every note numbered, already in order (as they mostly are): nothing to sort. -->
        <xsl:when test="count($orders) = count($notes) and (every $i in 2 to count($orders) satisfies $orders[$i - 1] le $orders[$i])">
          <xsl:sequence select="$notes"/>
        </xsl:when>
        <xsl:when test="count($orders) = count($notes)">
          <xsl:perform-sort select="$notes">
            <xsl:sort select="t:note-order(substring-before(., '.'))"/>
          </xsl:perform-sort>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$notes"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <!-- Unwrapped, a note is "  N. text" (t:wrap-note). -->
    <xsl:variable name="footnotes" as="xs:string*" select="if ($width le 0) then $ordered ! ('  ' || .) else $ordered ! t:wrap-note(.)"/>
    <xsl:sequence select="string-join(($body, string-join($footnotes, '&#10;')[. != '']), '&#10;&#10;') || '&#10;'"/>
  </xsl:function>

  <!-- ===== Wrapping (width > 0) ===== -->

  <xsl:function name="t:wrap-block" as="xs:string">
    <xsl:param name="block" as="xs:string"/>
    <xsl:sequence select="if ($width le 0) then $block else string-join(tokenize($block, '&#10;') ! t:wrap(., '', ''), '&#10;')"/>
  </xsl:function>

  <!-- "  N. text", continuation lines indented under the text. -->
  <xsl:function name="t:wrap-note" as="xs:string">
    <xsl:param name="note" as="xs:string"/>
    <xsl:variable name="number" as="xs:string" select="substring-before($note, ' ')"/>
    <xsl:sequence select="t:wrap(substring-after($note, ' '), '  ' || $number || ' ',
      string-join((1 to string-length($number) + 3) ! ' '))"/>
  </xsl:function>

  <!-- Greedy word wrap; a word longer than the line stands alone rather than being broken. -->
  <xsl:function name="t:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="first-indent" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$width le 0">
        <xsl:sequence select="$first-indent || $text"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- Each line is emitted once full: only the open line is carried. -->
        <xsl:variable name="lines" as="xs:string+">
          <xsl:iterate select="tokenize($text, ' ')">
            <xsl:param name="line" as="xs:string" select="$first-indent"/>
            <xsl:param name="empty" as="xs:boolean" select="true()"/>
            <xsl:on-completion>
              <xsl:sequence select="$line"/>
            </xsl:on-completion>
            <xsl:choose>
              <xsl:when test="$empty or string-length($line) + 1 + string-length(.) le $width">
                <xsl:next-iteration>
                  <xsl:with-param name="line" select="$line || (if ($empty) then '' else ' ') || ."/>
                  <xsl:with-param name="empty" select="false()"/>
                </xsl:next-iteration>
              </xsl:when>
              <xsl:otherwise>
                <xsl:sequence select="$line"/>
                <xsl:next-iteration>
                  <xsl:with-param name="line" select="$indent || ."/>
                </xsl:next-iteration>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:iterate>
        </xsl:variable>
        <xsl:sequence select="string-join($lines, '&#10;')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
