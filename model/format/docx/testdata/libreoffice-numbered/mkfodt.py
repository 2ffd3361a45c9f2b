# mkfodt.py SEED.txt OUT.fodt writes a seed as an OpenDocument text whose
# headings are outline headings numbered by LibreOffice (一、 （一） 1.), for
# soffice --headless --convert-to docx OUT.fodt to save as Word numbering.
import re,sys,html
src=sys.argv[1]; out=sys.argv[2]
lines=open(src,encoding='utf-8').read().split('\n')
text='\n'.join(lines)
o,c=('(',')') if text.count('\n(一)')+text.count('\n(二)')>text.count('\n（一）')+text.count('\n（二）') else ('（','）')
pat=[re.compile(r'^([一二三四五六七八九十]+)、(.*)$'),re.compile('^'+re.escape(o)+r'([一二三四五六七八九十]+)'+re.escape(c)+r'(.*)$'),re.compile(r'^(\d{1,2})\. (.*)$')]
cn=['','一','二','三','四','五','六','七','八','九','十','十一','十二','十三','十四','十五']
cnt=[0,0,0]
body=[]
for l in lines:
    s=l.strip()
    done=False
    for lv,p in enumerate(pat):
        m=p.match(s)
        if not m: continue
        n=cnt[lv]+1
        if m.group(1) not in (cn[min(n,15)],str(n)): break
        cnt[lv]=n
        for k in range(lv+1,3): cnt[k]=0
        body.append('<text:h text:style-name="H%d" text:outline-level="%d">%s</text:h>'%(lv+1,lv+1,html.escape(m.group(2))))
        done=True
        break
    if done: continue
    body.append('<text:p text:style-name="Standard">%s</text:p>'%html.escape(s) if s else '<text:p text:style-name="Standard"/>')
def lvl(n,fmt,pre,suf,follow):
    return ('<text:outline-level-style text:level="%d" style:num-format="%s" style:num-prefix="%s" style:num-suffix="%s">'
     '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="%s"/></style:list-level-properties></text:outline-level-style>')%(n,fmt,pre,suf,follow)
doc='''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="H1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="H2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="H3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3"/>
<text:outline-style style:name="Outline">%s%s%s</text:outline-style>
</office:styles>
<office:body><office:text>%s</office:text></office:body></office:document>'''%(lvl(1,'一, 二, 三, ...','','、','nothing'),lvl(2,'一, 二, 三, ...',o,c,'nothing'),lvl(3,'1','','.','space'),'\n'.join(body))
open(out,'w',encoding='utf-8').write(doc)
