<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/html.xsl: the HTML edition of one TEI document, ours (docs/encoding.md) or anyone's (the FRUS
  editors' TEI). One page: number and heading, a panel of the header's facts, the opener, numbered
  paragraphs with anchors (#p4), lists as printed, page markers (#pg_701), footnotes linked both
  ways, a "cite this document" line. No script; all text escaped by the serializer.

  Entry: apply mode h:page to the document element (tt:document). Included, with lib/document.xsl,
  lib/page.xsl and lib/facts.xsl, by tei-to-html.xsl and tei-edition.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:h="urn:tei-telegram:html"
  xmlns:tt="urn:tei-telegram"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    The page of one document; the context is the document element (tt:document). $facts are its
    tt:facts, which a caller that also lists them (tei-edition.xsl) has computed already.
  -->
  <xsl:template match="*" mode="h:page">
    <xsl:param name="facts" as="map(xs:string, xs:string)" select="tt:facts(.)"/>
    <xsl:call-template name="tt:page">
      <!-- The page speaks the language of the file; a document printed in another language says so on its text. -->
      <xsl:with-param name="lang" select="((ancestor::*/@xml:lang)[last()], 'en')[1]"/>
      <xsl:with-param name="title" select="string-join((@n ! (. || '.'), $facts?heading), ' ')"/>
      <xsl:with-param name="h:facts" tunnel="yes" select="$facts"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    Templates, not functions, build the page: a function's nodes are built aside and copied into
    the caller's tree, at every level of nesting; a template writes them where they stand.
  -->
  <xsl:template name="tt:page-content">
    <xsl:param name="h:facts" as="map(xs:string, xs:string)" tunnel="yes"/>
    <!-- The footnote that gives the source; an inline source note (a file line) is printed in the text. -->
    <xsl:variable name="source-note" as="element(note)?" select="descendant::note[@type = 'source'][not(@rend = 'inline')][1]"/>
    <article class="document" id="{(@xml:id, 'document')[1]}">
      <xsl:apply-templates select="head[1]" mode="h:heading"/>
      <!-- Anyone's TEI may have no head: the page is headed by its title. -->
      <xsl:if test="empty(head) and $h:facts?heading != ''">
        <header class="document-header">
          <h1>
            <xsl:if test="@n">
              <span class="document-number"><xsl:value-of select="@n"/>. </span>
            </xsl:if>
            <xsl:value-of select="$h:facts?heading"/>
          </h1>
        </header>
      </xsl:if>
      <xsl:call-template name="h:facts">
        <xsl:with-param name="source-note" select="$source-note"/>
        <xsl:with-param name="facts" select="$h:facts"/>
      </xsl:call-template>
      <div class="text">
        <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
        <xsl:call-template name="h:walk">
          <xsl:with-param name="nodes" select="node() except head[1]"/>
        </xsl:call-template>
      </div>
      <xsl:call-template name="h:persons"/>
      <xsl:call-template name="h:notes"/>
      <xsl:call-template name="h:citation">
        <xsl:with-param name="source-note" select="$source-note"/>
        <xsl:with-param name="facts" select="$h:facts"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <xsl:template match="head" mode="h:heading">
    <xsl:variable name="n" as="xs:string?" select="ancestor::div[1]/@n"/>
    <header class="document-header">
      <h1>
        <xsl:if test="$n and not(starts-with(normalize-space(), $n || '.'))">
          <span class="document-number"><xsl:value-of select="$n"/>. </span>
        </xsl:if>
        <xsl:apply-templates/>
      </h1>
    </header>
  </xsl:template>

  <!-- ===== The facts panel ===== -->

  <!-- The context is the document element. -->
  <!-- The persons of the volume's list the document mentions (the header's particDesc), each a link target. -->
  <xsl:template name="h:persons">
    <xsl:variable name="persons" as="element(person)*" select="root()/TEI/teiHeader/profileDesc/particDesc/listPerson/person[@xml:id]"/>
    <xsl:if test="exists($persons)">
      <section class="persons" aria-labelledby="persons-heading">
        <h2 id="persons-heading">Persons in this document</h2>
        <dl>
          <xsl:for-each select="$persons">
            <div class="person-entry" id="{@xml:id}">
              <dt><xsl:value-of select="normalize-space(string-join(persName[1]//text()))"/></dt>
              <xsl:for-each select="note[normalize-space()]">
                <dd><xsl:value-of select="normalize-space()"/></dd>
              </xsl:for-each>
            </div>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h:facts">
    <xsl:param name="source-note" as="element(note)?"/>
    <xsl:param name="facts" as="map(xs:string, xs:string)"/>
    <xsl:variable name="document" as="element()" select="."/>
    <xsl:variable name="header" as="element(teiHeader)?" select="root()/TEI/teiHeader"/>
    <xsl:variable name="bibl" as="element(bibl)?" select="$header/fileDesc/sourceDesc/bibl[1]"/>
    <!-- The document's own correspondents; an attachment's (an enclosed letter) are its own. -->
    <xsl:variable name="actions" as="element(correspAction)*" select="$header/profileDesc/correspDesc[not(@type = 'attachment')]/correspAction"/>
    <!-- [label, values]: several values are listed, none leaves the row out. -->
    <xsl:variable name="rows" as="array(*)*" select="
      ['Document', $document/@n],
      ['Kind', $facts?kind ! translate(., '-', ' ')],
      ['Date', $facts?date],
      ['From', $actions[@type = 'sent']/*],
      ['To', $actions[@type = 'received'][not(@subtype)]/*],
      ['For information', $actions[@type = 'received'][@subtype]/*],
      ['Archive', ($bibl/orgName[@role = 'repository'], $bibl/orgName)[1]],
      ['Record group', $bibl/idno[@type = 'record-group']],
      ['Collection', ($bibl/title[@type = 'collection'], $bibl/title[not(@type)])[1]],
      ['File', $bibl/idno[@type = 'file']],
      ['Telegram', ($bibl/idno[@type = 'telegram'], $document/opener//idno[@type = 'telegram'])[1]],
      ['Classification', $bibl/note[@type = 'classification']],
      ['Handling', $bibl/note[@type = 'handling']]"/>
    <xsl:variable name="responsibilities" as="array(*)*">
      <xsl:for-each-group select="$bibl/respStmt" group-by="h:responsibility(resp)">
        <xsl:sequence select="[current-grouping-key(),
          current-group() ! string-join((normalize-space(persName), orgName ! ('(' || normalize-space() || ')')), ' ')]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <!-- [label, texts] of the rows that have a text: no panel when there are none and no source note. -->
    <xsl:variable name="shown" as="array(*)*"
      select="($rows, $responsibilities) ! [?1, ?2 ! normalize-space(string(.))[. != '']][exists(?2)]"/>
    <xsl:if test="exists($shown) or $source-note">
      <section class="facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading">About this document</h2>
        <xsl:if test="exists($shown)">
          <dl>
            <xsl:for-each select="$shown">
              <div class="fact">
                <dt><xsl:value-of select="?1"/></dt>
                <xsl:for-each select="?2">
                  <dd><xsl:value-of select="."/></dd>
                </xsl:for-each>
              </div>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <xsl:if test="$source-note">
          <p class="facts-source">
            <a href="#{h:note-id($source-note)}">The source note</a> gives the document's provenance as printed.
        </p>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- "drafted" or "Drafted by" both read "Drafted by". -->
  <xsl:function name="h:responsibility" as="xs:string">
    <xsl:param name="resp" as="element(resp)?"/>
    <xsl:variable name="text" as="xs:string" select="normalize-space($resp)"/>
    <xsl:sequence select="upper-case(substring($text, 1, 1)) || substring($text, 2) || (if (ends-with(lower-case($text), ' by')) then '' else ' by')"/>
  </xsl:function>

  <!-- ===== Blocks ===== -->

  <!--
    lib/document.xsl's blocks, and labels and page breaks between blocks, which stand on lines of
    their own on the page. A map: one lookup per node instead of a comparison with each name.
  -->
  <xsl:variable name="h:block-names" as="map(xs:string, xs:boolean)" select="tt:set(($tt:containers, $tt:blocks, 'label', 'pb'))"/>


  <!--
    Mixed content of a container: block children render as blocks; runs of text and phrase-level
    elements between them become paragraphs. $number is the printed paragraph number for the first
    block that shows text (a numbered division's).
  -->
  <xsl:template name="h:walk">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="number" as="node()*" select="()"/>
    <!-- $nodes are siblings, in document order. Only a numbered division looks for its first block. -->
    <xsl:variable name="first" as="node()?"
      select="if (empty($number)) then () else $nodes[if (self::text()) then normalize-space() else (self::* and not(self::pb | self::note))][1]"/>
    <xsl:choose>
      <!-- Blocks and white space only, as in our encoding's divisions: no runs to gather. -->
      <xsl:when test="empty($nodes[if (self::text()) then normalize-space() else not(self::*[map:contains($h:block-names, local-name())] | self::note[@rend = 'inline'])])">
        <xsl:choose>
          <xsl:when test="empty($number)">
            <xsl:apply-templates select="$nodes[self::*]" mode="h:block"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="$nodes[self::*]">
              <xsl:apply-templates select="." mode="h:block">
                <xsl:with-param name="number" select="if (. is $first) then $number else ()"/>
              </xsl:apply-templates>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <!-- Written out, not a function: a call for every node cost more than the test. A note printed
      inline (older volumes' file line) is a block where it stands, with no marker. -->
        <xsl:for-each-group select="$nodes" group-adjacent="exists(self::*[map:contains($h:block-names, local-name())] | self::note[@rend = 'inline'])">
          <xsl:choose>
            <xsl:when test="current-grouping-key() and empty($number)">
              <xsl:apply-templates select="current-group()" mode="h:block"/>
            </xsl:when>
            <xsl:when test="current-grouping-key()">
              <xsl:for-each select="current-group()">
                <xsl:apply-templates select="." mode="h:block">
                  <xsl:with-param name="number" select="if (. is $first) then $number else ()"/>
                </xsl:apply-templates>
              </xsl:for-each>
            </xsl:when>
            <xsl:when test="normalize-space(string-join(current-group()[not(self::note)])) or current-group()[self::note]">
              <p>
                <xsl:sequence select="$number[current-group() intersect $first]"/>
                <xsl:apply-templates select="current-group()"/>
              </p>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="h:block">
    <xsl:param name="number" as="node()*"/>
    <div class="{local-name()}">
      <xsl:sequence select="$number"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="div | opener | closer | postscript | floatingText | attachment | body | group | text | back | front" mode="h:block">
    <xsl:param name="number" as="node()*"/>
    <div class="{string-join((local-name(), @type), ' ')}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:call-template name="h:walk">
        <xsl:with-param name="nodes" select="node()"/>
        <xsl:with-param name="number" select="$number"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="quote" mode="h:block">
    <blockquote>
      <xsl:call-template name="h:walk">
        <xsl:with-param name="nodes" select="node()"/>
      </xsl:call-template>
    </blockquote>
  </xsl:template>

  <!-- A numbered paragraph: an anchor #p4 (nested: #p4.a) and its printed number, a link to itself. -->
  <xsl:template match="div[tt:printed-number(.)]" mode="h:block">
    <xsl:variable name="id" as="xs:string"
      select="string-join(ancestor-or-self::div[tt:printed-number(.)]/translate(@n, '()', ''), '.')"/>
    <div class="numbered" id="p{$id}">
      <xsl:call-template name="h:walk">
        <xsl:with-param name="nodes" select="node()"/>
        <xsl:with-param name="number" as="node()+">
          <a class="paragraph-number" href="#p{$id}"><xsl:value-of select="tt:printed-number(.)"/></a>
          <xsl:text> </xsl:text>
        </xsl:with-param>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="div/head" mode="h:block">
    <xsl:variable name="level" as="xs:integer" select="min((count(ancestor::div[not(@type = 'document')]) + 1, 6))"/>
    <xsl:element name="h{$level}">
      <xsl:attribute name="class" select="'section-head'"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="p | ab" mode="h:block">
    <xsl:param name="number" as="node()*"/>
    <!-- HTML paragraphs cannot hold lists or tables: such a TEI p becomes a div. -->
    <!-- One pass over the paragraph: a block inside one of its notes does not count. -->
    <xsl:element name="{if (exists(*) and exists(descendant::*[self::list or self::table or self::lg or self::p or self::quote[p]][not(ancestor::note[. >> current()])])) then 'div' else 'p'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:variable name="printed" as="xs:string?" select="if (empty($number) and parent::div[@type = 'document']) then h:leading-number(.) else ()"/>
      <xsl:choose>
        <!-- Not a key: Saxon-JS builds a key's index afresh for every document, at a cost of a
          pattern match for each of its nodes; the earlier paragraphs are few. -->
        <xsl:when test="$printed and empty(preceding-sibling::p[h:leading-number(.) = $printed])">
          <xsl:attribute name="id" select="'p' || $printed"/>
        </xsl:when>
        <!-- Search anchors: see "Anchors of unnumbered blocks" below. -->
        <xsl:when test="empty(ancestor::div[tt:printed-number(.)])">
          <xsl:attribute name="id" select="h:block-id(.)"/>
        </xsl:when>
      </xsl:choose>
      <xsl:sequence select="$number"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!--
    ===== Anchors of unnumbered blocks =====
    A paragraph outside a numbered one has no printed number to be linked by: it gets #bN, N its
    place among the p and ab elements of the document's text (counted in one pass by an accumulator, never by
    counting what precedes each), so that the archive's search can link to it. Stable for the same
    TEI; the numbered paragraphs (#p4), notes and page markers keep their own ids.
  -->
  <xsl:accumulator name="h:blocks" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//p | text//ab" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:function name="h:block-id" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="'b' || $block/accumulator-before('h:blocks')"/>
  </xsl:function>

  <xsl:function name="h:leading-number" as="xs:string?">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="start" as="xs:string" select="normalize-space(substring($p, 1, 24))"/>
    <xsl:sequence select="substring-before($start, '. ')[tt:is-digits(.)]"/>
  </xsl:function>

  <xsl:template match="dateline | salute | signed | trailer | byline | docDate | address | argument | epigraph" mode="h:block">
    <xsl:param name="number" as="node()*"/>
    <p class="{local-name()}">
      <xsl:sequence select="$number"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="note[@rend = 'inline']" mode="h:block">
    <p class="{string-join(('inline-note', @type), ' ')}"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A page break between blocks: a marker line of its own. -->
  <xsl:template match="pb" mode="h:block">
    <xsl:if test="@n">
      <p class="pb-line"><xsl:apply-templates select="."/></p>
    </xsl:if>
  </xsl:template>

  <!-- ===== Lists ===== -->

  <xsl:template match="list" mode="h:block #default">
    <xsl:param name="number" as="node()*"/>
    <xsl:variable name="dash" as="xs:boolean" select="contains(@rend, 'dash') or contains(@type, 'dash')"/>
    <xsl:if test="head or $number">
      <p class="list-head">
        <xsl:sequence select="$number"/>
        <xsl:apply-templates select="head/node()"/>
      </p>
    </xsl:if>
    <ul class="{string-join(('list', @type ! ('list-' || .), if ($dash) then 'dash' else if (label) then 'labelled' else 'plain'), ' ')}">
      <!-- Page breaks and labels standing between items print with the item after them. -->
      <xsl:variable name="last" as="element(item)?" select="item[last()]"/>
      <xsl:variable name="trailing" as="element()*" select="$last/following-sibling::*"/>
      <xsl:for-each-group select="* except head" group-ending-with="item">
        <xsl:variable name="item" as="element(item)?" select="current-group()[self::item]"/>
        <xsl:if test="$item">
          <li>
            <xsl:apply-templates select="current-group()[self::pb]"/>
            <xsl:for-each select="current-group()[self::label]">
              <span class="label"><xsl:apply-templates/></span>
              <xsl:text> </xsl:text>
            </xsl:for-each>
            <xsl:if test="$dash and not(tt:starts-with-dash(normalize-space($item)))">
              <span class="dash" aria-hidden="true">—</span>
            </xsl:if>
            <xsl:apply-templates select="$item/node()"/>
            <xsl:if test="$item is $last">
              <xsl:apply-templates select="$trailing[self::pb]"/>
            </xsl:if>
          </li>
        </xsl:if>
      </xsl:for-each-group>
    </ul>
  </xsl:template>

  <xsl:template match="table" mode="h:block #default">
    <table>
      <xsl:if test="head">
        <caption><xsl:apply-templates select="head/node()"/></caption>
      </xsl:if>
      <tbody>
        <xsl:for-each select=".//row">
          <tr>
            <xsl:for-each select="cell">
              <xsl:element name="{if (../@role = 'label' or @role = 'label') then 'th' else 'td'}">
                <xsl:apply-templates/>
              </xsl:element>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="lg" mode="h:block #default">
    <div class="lg">
      <xsl:for-each select="l">
        <span class="l"><xsl:apply-templates/></span><br/>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- ===== Phrase level ===== -->

  <!--
    The source's line layout means nothing in HTML: line ends become spaces. Not translate():
    Saxon-JS's overflows the stack on a text node of some 100,000 characters.
  -->
  <xsl:template match="text()">
    <xsl:value-of select="if (contains(., '&#10;') or contains(., '&#13;') or contains(., '&#9;'))
      then replace(., '[&#10;&#13;&#9;]', ' ') else string(.)"/>
  </xsl:template>

  <xsl:template match="hi[contains-token(@rend, 'italic')]">
    <i><xsl:apply-templates/></i>
  </xsl:template>

  <xsl:template match="hi[contains-token(@rend, 'strong') or contains-token(@rend, 'bold')]">
    <strong><xsl:apply-templates/></strong>
  </xsl:template>

  <xsl:template match="hi[contains-token(@rend, 'underline')]">
    <u><xsl:apply-templates/></u>
  </xsl:template>

  <xsl:template match="hi[contains-token(@rend, 'superscript')]">
    <sup><xsl:apply-templates/></sup>
  </xsl:template>

  <xsl:template match="persName | orgName | placeName | gloss | date | idno | bibl | seg | hi | supplied | name | rs | term | title | gap | desc">
    <span class="{string-join((local-name(), @type), ' ')}"><xsl:apply-templates/></span>
  </xsl:template>

  <!--
    A person linked to the volume's list (persName/@corresp, the FRUS editors' form): a link to the
    entry in the "Persons in this document" panel, when the file lists it.
  -->
  <xsl:template match="persName[starts-with(@corresp, '#')][h:by-id(., substring(@corresp, 2))/self::person]">
    <a class="persName person" href="{@corresp}"><xsl:apply-templates/></a>
  </xsl:template>

  <!-- A term linked to the list (gloss/@target): its expansion as the abbreviation's title. -->
  <xsl:template match="gloss[starts-with(@target, '#')]">
    <xsl:variable name="entry" as="element()?" select="h:by-id(., substring(@target, 2))"/>
    <xsl:variable name="expansion" as="xs:string?" select="($entry/catDesc/gloss, $entry/gloss)[1] ! normalize-space()"/>
    <abbr class="term">
      <xsl:if test="$expansion"><xsl:attribute name="title" select="$expansion"/></xsl:if>
      <xsl:apply-templates/>
    </abbr>
  </xsl:template>

  <xsl:template match="(persName | orgName | placeName | name | rs | date | title)[tt:follows-name(.)]" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="seg/label">
    <span class="caption-label"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Quotation marks are in the text as printed: a q element would add a second pair. -->
  <xsl:template match="quote | q">
    <span class="quote"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="quote[.//(list | p | table | lg)]">
    <blockquote>
      <xsl:call-template name="h:walk">
        <xsl:with-param name="nodes" select="node()"/>
      </xsl:call-template>
    </blockquote>
  </xsl:template>

  <xsl:template match="lb">
    <br/>
  </xsl:template>

  <xsl:template match="pb">
    <xsl:if test="@n">
      <span class="pb" id="{(@xml:id, 'pg_' || @n)[1]}"><a href="#{(@xml:id, 'pg_' || @n)[1]}">[Page <xsl:value-of select="@n"/>]</a></span>
    </xsl:if>
  </xsl:template>

  <!-- A reference inside the document becomes a link; one to another document stays text. -->
  <xsl:template match="ref">
    <xsl:variable name="target" as="xs:string?" select="@target[starts-with(., '#')] ! substring(., 2)"/>
    <xsl:choose>
      <xsl:when test="$target and h:by-id(., $target)">
        <a href="#{$target}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The element of $node's document whose xml:id is $id. fn:id, not a key: Saxon-JS builds a key's index
    afresh for every document, a pattern match for each of its nodes, where fn:id looks the id up.
    fn:id would also take "a b" as two ids; a pointer with a space (several targets) is none.
  -->
  <xsl:function name="h:by-id" as="element()?">
    <!-- A node of the document. -->
    <xsl:param name="node" as="node()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (not(contains($id, ' ')) and normalize-space($id) = $id) then id($id, $node)[1] else ()"/>
  </xsl:function>

  <!-- ===== Notes ===== -->

  <xsl:function name="h:note-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="($note/@xml:id, 'fn' || tt:note-number($note))[1]"/>
  </xsl:function>

  <!-- The marker: a superscript link to the note; the note links back to it. -->
  <xsl:template match="note">
    <xsl:variable name="n" as="xs:string" select="tt:note-number(.)"/>
    <xsl:variable name="id" as="xs:string" select="h:note-id(.)"/>
    <sup class="noteref"><a id="{$id}-ref" href="#{$id}"><span class="visually-hidden">Note </span><xsl:value-of select="$n"/></a></sup>
  </xsl:template>

  <!-- A note whose marker the text does not print (the encoder found none): listed, never referenced. -->
  <xsl:template match="note[@rend = 'unanchored']"/>

  <!-- A note inside a note prints where it stands, in brackets. -->
  <xsl:template match="note//note">
    <span class="inner-note">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <!-- The context is the document element. -->
  <xsl:template name="h:notes">
    <xsl:variable name="notes" as="element(note)*" select="descendant::note[not(ancestor::note)][not(@rend = 'inline')]"/>
    <xsl:if test="exists($notes)">
      <section class="notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="n" as="xs:string" select="tt:note-number(.)"/>
            <xsl:variable name="id" as="xs:string" select="h:note-id(.)"/>
            <li id="{$id}" class="{string-join(('note', @type), ' ')}">
              <span class="note-number"><xsl:value-of select="$n"/>.</span>
              <xsl:text> </xsl:text>
              <!-- Only a note's paragraphs and lists print otherwise in a note (mode h:note). -->
              <xsl:choose>
                <xsl:when test="p | list">
                  <xsl:apply-templates mode="h:note"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:apply-templates/>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
              <xsl:if test="not(@rend = 'unanchored')">
                <a class="backref" href="#{$id}-ref"><span aria-hidden="true">↩</span><span class="visually-hidden">Back to the text at note <xsl:value-of select="$n"/></span></a>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="node()" mode="h:note">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- A note's paragraphs: blocks inside the list item. -->
  <xsl:template match="p" mode="h:note">
    <span class="note-p"><xsl:apply-templates/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="list" mode="h:note">
    <xsl:apply-templates select="item" mode="h:note"/>
  </xsl:template>

  <xsl:template match="item" mode="h:note">
    <span class="note-item"><xsl:apply-templates/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- ===== Citation ===== -->

  <!-- The context is the document element. -->
  <xsl:template name="h:citation">
    <xsl:param name="source-note" as="element(note)?"/>
    <xsl:param name="facts" as="map(xs:string, xs:string)"/>
    <!-- The page's navigation (lib/page.xsl), whose url is the page's address when it is known. -->
    <xsl:param name="tt:nav" as="map(*)?" tunnel="yes" select="map { 'url': $url[. != ''] }"/>
    <xsl:variable name="document" as="element()" select="."/>
    <xsl:variable name="bibl" as="element(bibl)?" select="root($document)/TEI/teiHeader/fileDesc/sourceDesc/bibl[1]"/>
    <xsl:variable name="source" as="xs:string?" select="(
      $source-note//bibl[1]/normalize-space(),
      string-join(($bibl/orgName[1], $bibl/idno[@type = 'record-group'], ($bibl/title[@type = 'collection'], $bibl/title[not(@type)])[1], $bibl/idno[@type = 'file']) ! normalize-space(), ', ')
      )[. != ''][1]"/>
    <!-- The series and volume (lib/facts.xsl). -->
    <xsl:variable name="volume" as="xs:string?" select="$facts?volume-title"/>
    <section class="cite" id="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this document</h2>
      <p>
        <xsl:value-of select="string-join(($volume, $document/@n ! ('Document ' || .), '“' || $facts?heading || '”', $facts?date), ', ')"/>
        <xsl:text>.</xsl:text>
        <xsl:if test="$source">
          <xsl:text> Source: </xsl:text>
          <xsl:value-of select="if (ends-with($source, '.')) then substring($source, 1, string-length($source) - 1) else $source"/>
          <xsl:text>.</xsl:text>
        </xsl:if>
        <xsl:for-each select="$tt:nav?url">
          <xsl:text> Available at </xsl:text>
          <a href="{.}"><xsl:value-of select="."/></a>
          <xsl:text>.</xsl:text>
        </xsl:for-each>
        <xsl:text> </xsl:text>
        <a href="#cite">Link to this citation</a>
      </p>
    </section>
  </xsl:template>

</xsl:stylesheet>
