<?xml version="1.0" encoding="UTF-8"?>
<!--
  lib/facts.xsl: what the folder index lists about one document (number, heading, date, kind, the
  volume), as a map, so that the build never re-parses TEI by hand; the HTML page shows the same
  facts from the same map (computed once a document). And the persons a document names
  (tt:persons), for the archive's persons index. Included with lib/html.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:h="urn:tei-telegram:html"
  xmlns:tt="urn:tei-telegram"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="tt:facts" as="map(xs:string, xs:string)">
    <xsl:param name="document" as="element()"/>
    <xsl:variable name="title" as="xs:string" select="tt:title($document)"/>
    <xsl:variable name="date" as="element()?" select="tt:date($document)"/>
    <xsl:variable name="header" as="element(teiHeader)?" select="root($document)/TEI/teiHeader"/>
    <xsl:variable name="volume" as="element(bibl)?" select="$header/fileDesc/sourceDesc/bibl[@type = 'volume'][1]"/>
    <xsl:sequence select="map:merge((
        map { 'number': string($document/@n), 'heading': $title },
        $date ! normalize-space(string-join(.//text()[not(ancestor::note)])) ! map { 'date': . },
        (: the date's computable value, if the encoder could give one :)
        $date ! (@when, @from, @notBefore)[1] ! map { 'when': string(.) },
        tt:kind($document, $title) ! map { 'kind': . },
        (: the volume's identifier (frus1955-57v08), when the header gives one :)
        ($volume/idno[@type = 'volume'], $header/fileDesc/publicationStmt/idno[@type = 'frus'])[1] ! normalize-space()[. != ''] ! map { 'volume': . },
        (: the series and volume as cited: our header's (from a FRUS file name), else a FRUS volume file's own title :)
        ($volume ! string-join((title[@level = 's'], idno[@type = 'volume'] ! h:volume-label(.)) ! normalize-space(), ', '),
          $header/fileDesc/titleStmt/title[@type = 'complete'] ! normalize-space())[. != ''][1] ! map { 'volume-title': . }
      ))"/>
  </xsl:function>

  <!--
    The persons the document names, for an archive's persons index: each person of the header's
    list (particDesc/listPerson/person with an xml:id: name, description), and each person a mention
    points to (persName/@corresp, the FRUS editors' form) that the file does not list (then the
    first mention's text is the name). In document order of the header, then of the mentions.
  -->
  <xsl:function name="tt:persons" as="array(map(xs:string, xs:string))">
    <xsl:param name="document" as="element()"/>
    <xsl:variable name="listed" as="element(person)*" select="root($document)/TEI/teiHeader/profileDesc/particDesc/listPerson/person[@xml:id]"/>
    <xsl:variable name="ids" as="xs:string*" select="$listed/@xml:id"/>
    <xsl:sequence select="array {
        $listed ! map:merge((
          map { 'id': string(@xml:id), 'name': normalize-space(string-join(persName[1]//text())) },
          (note[normalize-space()])[1] ! map { 'description': normalize-space() })),
        (: anyone's TEI: mentions pointing outside the file (a volume's front matter) :)
        if (exists($listed)) then () else
        (: descendant::, not //: Saxon-JS reads //persName[…] as a child step from every node of the document :)
        let $mentions := $document/descendant::persName[starts-with(@corresp, '#')]
        return for $id in distinct-values($mentions/substring(@corresp, 2))[not(. = $ids)]
        (: the mention's own text, without a note inside it; the mention itself may stand in a note (a source note) :)
        return let $mention := $mentions[@corresp = '#' || $id][1]
        return map { 'id': $id, 'name': normalize-space(string-join($mention//text()[empty(ancestor::note intersect $mention//note)])) }
      }"/>
  </xsl:function>

  <!--
    A FRUS volume identifier as a reader cites it: frus1955-57v08 → "1955–57, Volume 8",
    frus1969-76v12p1 → "1969–76, Volume 12, Part 1", frus1919Parisv01 → "1919, Paris, Volume 1".
  -->
  <xsl:function name="h:volume-label" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <!--
      The common forms (frus1870, frus1955-57v25, frus1951v07p2) read with string functions, the
      others with the pattern: Saxon-JS compiles a regular expression on every call, which cost more
      than the rest of the page's citation.
    -->
    <xsl:variable name="s" as="xs:string" select="normalize-space($id)"/>
    <!-- After "frus", each digit a 0: "0000-00v00p0" -->
    <xsl:variable name="shape" as="xs:string" select="translate(substring($s, 5), '0123456789', '0000000000')"/>
    <xsl:variable name="span" as="xs:boolean" select="starts-with($shape, '0000-00') and substring($shape, 8, 1) != '0'"/>
    <!-- What follows the years, e.g. "v00p0", and where it starts in $s. -->
    <xsl:variable name="at" as="xs:integer" select="if ($span) then 12 else 9"/>
    <xsl:variable name="parts" as="xs:string" select="substring($shape, $at - 4)"/>
    <xsl:variable name="letters" as="xs:string" select="translate($parts, '0', '')"/>
    <xsl:variable name="common" as="xs:boolean" select="starts-with($s, 'frus') and ($span or starts-with($shape, '0000'))
      and ($parts = '' or starts-with($parts, 'v0') and ($letters = 'v' or $letters = 'vp' and not(ends-with($parts, 'p'))))"/>
    <xsl:variable name="rest" as="xs:string" select="substring($s, $at + 1)"/>
    <xsl:sequence select="
      if (not($common)) then h:volume-label-pattern($s)
      else string-join((substring($s, 5, 4) || (if ($span) then '–' || substring($s, 10, 2) else ''),
        if ($parts = '') then () else 'Volume ' || format-integer(xs:integer(if ($letters = 'vp') then substring-before($rest, 'p') else $rest), 'I'),
        if ($letters = 'vp') then 'Part ' || number(substring-after($rest, 'p')) else ()), ', ')"/>
  </xsl:function>

  <xsl:function name="h:volume-label-pattern" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:analyze-string select="normalize-space($id)" regex="^frus(\d{{4}})(-\d{{2,4}})?([A-Za-z]*?)(Supp(\d+))?(v(\d+))?(p(\d+))?$">
      <xsl:matching-substring>
        <xsl:sequence select="string-join((
          regex-group(1) || translate(regex-group(2), '-', '–'),
          regex-group(3)[. != ''],
          regex-group(5)[. != ''] ! ('Supplement ' || number(.)),
          regex-group(7)[. != ''] ! ('Volume ' || format-integer(xs:integer(.), 'I')),
          regex-group(9)[. != ''] ! ('Part ' || number(.))), ', ')"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:sequence select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

</xsl:stylesheet>
