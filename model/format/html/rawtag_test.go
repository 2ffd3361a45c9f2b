package html

import (
	"fmt"
	"strings"
	"testing"
)

func TestRawTag(t *testing.T) {
	tests := []struct{ raw, want string }{
		{`<p>`, `p`},
		{`</TD >`, `td`},
		{`<br/>`, `br`},
		{`<DIV CLASS="TRS_Editor" id=zoom style='display: none' hidden>`, `div CLASS=TRS_Editor id=zoom style=display: none hidden=`},
		{`<a href = "/x?a=1&amp;b=2" >`, `a href=/x?a=1&amp;b=2`},
		{`<td width=70/>`, `td width=70/`},
		{`<p a="unterminated>`, `p a=unterminated>`},
		{`<p =x>`, `p =x=`},
		{`<o:p>`, `o:p`},
	}
	for _, tt := range tests {
		name, rest := rawTagName([]byte(tt.raw), nil)
		parts := []string{string(name)}
		for {
			k, v, after, ok := nextRawAttr(rest)
			if !ok {
				break
			}
			parts = append(parts, fmt.Sprintf("%s=%s", k, v))
			rest = after
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.raw, got, tt.want)
		}
	}
}
