#!/usr/bin/env python3
"""Writes features.docx: a small report with what a .doc reader must get
right (style-linked Chinese numbering, direct numbering, a table, fields,
a table of contents, breaks, hyphens, a tracked deletion and hidden text,
and text outside the main document: footnote, comment, header, text box).
make-fixtures.sh converts it to .doc with LibreOffice."""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:v="urn:schemas-microsoft-com:vml"'


def p(text, style=None, num=None):
    ppr = ''
    if style or num:
        ppr = '<w:pPr>'
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += '</w:pPr>'
    return f'<w:p>{ppr}{text}</w:p>'


def r(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def field(instr, shown):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def cell(*paras):
    return '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>' + ''.join(p(r(x)) if x else p('') for x in paras) + '</w:tc>'


def lvl(i, fmt, text, start=1):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
{lvl(0, "chineseCountingThousand", "%1、")}{lvl(1, "chineseCountingThousand", "（%2）")}{lvl(2, "decimal", "%3.")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>{lvl(0, "decimalEnclosedCircle", "%1")}</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>{lvl(0, "bullet", "•")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>'''

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>'''

table = ('<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr>'
         '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
         '<w:tr>' + cell('指标') + cell('2023年') + cell('2024年') + '</w:tr>'
         '<w:tr>' + cell('行政复议', '（件）') + cell('') + cell('128') + '</w:tr>'
         '</w:tbl>')

toc = (p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('一、主要举措和成效	1')) +
       p(r('二、存在的不足和原因	2') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))

revisions = p(r('本段有') +
              '<w:del w:id="5" w:author="审核" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>删除的字</w:delText></w:r></w:del>'
              '<w:ins w:id="6" w:author="审核" w:date="2024-01-01T00:00:00Z">' + r('插入的字') + '</w:ins>'
              '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>' + r('。'))

body = ''.join([
    p(r('历下区2024年法治政府建设情况报告')),
    toc,
    p(r('2024年，历下区坚持依法行政') +
      '<w:r><w:footnoteReference w:id="1"/></w:r>' +
      '<w:commentRangeStart w:id="0"/>' + r('，取得新成效。') + '<w:commentRangeEnd w:id="0"/>'
      '<w:r><w:commentReference w:id="0"/></w:r>'),
    p(r('主要举措和成效'), style='Heading1'),
    p(r('深化依法决策'), style='Heading2'),
    p(r('严格落实重大行政决策程序，详见') + field('HYPERLINK "http://www.lixia.gov.cn/"', '区政府网站') + r('公告。')),
    p(r('第1页，共') + field('NUMPAGES', '3') + r('页。')),
    p(r('完善制度体系'), num=(1, 2)),
    p(r('健全合法性审核机制'), num=(1, 2)),
    p(r('规范行政执法'), style='Heading2'),
    p(r('推进“互联网') + '<w:r><w:noBreakHyphen/></w:r>' + r('监管”，法治') +
      '<w:r><w:softHyphen/></w:r>' + r('宣传全覆盖。')),
    p(r('第一行') + '<w:r><w:br/></w:r>' + r('第二行')),
    revisions,
    table,
    p(r('存在的不足和原因'), style='Heading1'),
    p(r('基层执法力量不足。') + '<w:r><w:br w:type="page"/></w:r>' + r('法治宣传有待加强。')),
    p(r('圈号一'), num=(2, 0)),
    p(r('圈号二'), num=(2, 0)),
    p(r('要点'), num=(3, 0)),
    p('<w:r><w:pict><v:shape style="width:100pt;height:40pt"><v:textbox><w:txbxContent>' +
      p(r('文本框里的字')) + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' + r('正文继续。')),
    p(r('历下区人民政府')),
    p(r('2025年1月10日')),
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>',
])

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'

footnotes = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:id="1">{p(r("脚注的字"))}</w:footnote></w:footnotes>'''
comments = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="审核">{p(r("批注的字"))}</w:comment></w:comments>'''
header = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}>{p(r("页眉的字"))}</w:hdr>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>历下区法治政府建设报告</dc:title><dc:creator>区司法局</dc:creator></cp:coreProperties>'''

custom = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.20305</vt:lpwstr></property>
</Properties>'''

ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>
</Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>'''


def main(out, kingsoft):
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct if kingsoft else ct.replace(
            '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>\n', ''))
        z.writestr('_rels/.rels', rels if kingsoft else rels.replace(
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>\n', ''))
        z.writestr('word/_rels/document.xml.rels', doc_rels)
        z.writestr('word/document.xml', document)
        z.writestr('word/styles.xml', styles)
        z.writestr('word/numbering.xml', numbering)
        z.writestr('word/footnotes.xml', footnotes)
        z.writestr('word/comments.xml', comments)
        z.writestr('word/header1.xml', header)
        z.writestr('docProps/core.xml', core)
        if kingsoft:
            z.writestr('docProps/custom.xml', custom)


if __name__ == '__main__':
    main(sys.argv[1], len(sys.argv) > 2 and sys.argv[2] == 'kingsoft')
