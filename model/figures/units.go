package figures

import (
	"cmp"
	"slices"
	"strings"
)

// The data the recognisers read: units, qualifiers and the few words that
// tell a count from a name. Everything is written in folded form
// (Simplified, half-width), as the key is.

// unitInfo is what a unit as written stands for: the base unit a figure is
// given in, and the power of ten that takes the written value there (成 is
// tens of per cent).
type unitInfo struct {
	base string
	exp  int
}

// units maps each unit as written to its base. A figure's Unit is the base,
// so that 13名 and 13人 compare, and 1562.74万元 is 15627400 元 (the
// multiplier 万 is read separately: 万元 needs no entry). Years (年) are
// absent on purpose: 2024年 is a date, and 三年行动计划 a name.
var units = map[string]unitInfo{
	"件": {"件", 0}, "次": {"次", 0}, "人": {"人", 0}, "名": {"人", 0}, "位": {"人", 0},
	"人次": {"人次", 0}, "件次": {"件次", 0}, "户次": {"户次", 0}, "台次": {"台次", 0},
	"场次": {"场次", 0}, "场": {"场次", 0}, "期次": {"期次", 0}, "批次": {"批次", 0},
	"个": {"个", 0}, "项": {"项", 0}, "家": {"家", 0}, "处": {"处", 0}, "条": {"条", 0},
	"份": {"份", 0}, "台": {"台", 0}, "户": {"户", 0}, "套": {"套", 0}, "起": {"起", 0},
	"期": {"期", 0}, "支": {"支", 0}, "卷": {"卷", 0}, "类": {"类", 0}, "所": {"所", 0},
	"批": {"批", 0}, "部": {"部", 0}, "篇": {"篇", 0}, "本": {"本", 0}, "张": {"张", 0},
	"座": {"座", 0}, "辆": {"辆", 0}, "间": {"间", 0}, "栋": {"栋", 0}, "幢": {"栋", 0},
	"宗": {"宗", 0}, "例": {"例", 0}, "封": {"封", 0}, "轮": {"轮", 0}, "册": {"册", 0},
	"幅": {"幅", 0}, "块": {"块", 0}, "棵": {"棵", 0}, "株": {"株", 0}, "艘": {"艘", 0},
	"架": {"架", 0}, "门": {"门", 0}, "节": {"节", 0}, "课时": {"课时", 0}, "学时": {"学时", 0},
	"方面": {"方面", 0}, "个方面": {"方面", 0}, "方": {"方", 0}, "只": {"只", 0}, "头": {"头", 0},
	"个月": {"个月", 0}, "个工作日": {"工作日", 0}, "工作日": {"工作日", 0}, "天": {"天", 0},
	"小时": {"小时", 0}, "分钟": {"分钟", 0}, "周岁": {"岁", 0}, "岁": {"岁", 0},
	"元": {"元", 0}, "亩": {"亩", 0}, "公顷": {"公顷", 0}, "平方米": {"平方米", 0}, "㎡": {"平方米", 0},
	"平方公里": {"平方公里", 0}, "平方千米": {"平方公里", 0}, "公里": {"公里", 0}, "千米": {"公里", 0},
	"米": {"米", 0}, "吨": {"吨", 0}, "斤": {"斤", 0}, "公斤": {"公斤", 0}, "千克": {"公斤", 0},
	"立方米": {"立方米", 0}, "千瓦": {"千瓦", 0}, "千瓦时": {"千瓦时", 0}, "标准箱": {"标准箱", 0},
	"微克/立方米": {"微克/立方米", 0}, "%": {"%", 0}, "‰": {"‰", 0}, "个百分点": {"百分点", 0}, "百分点": {"百分点", 0},
	"成": {"%", 1}, "倍": {"倍", 0},
}

// unitsByFirst indexes units by their first rune, longest first.
var unitsByFirst = func() map[rune][]unitEntry {
	m := map[rune][]unitEntry{}
	for w, info := range units {
		rs := []rune(w)
		m[rs[0]] = append(m[rs[0]], unitEntry{w, rs, info})
	}
	for r := range m {
		slices.SortFunc(m[r], func(a, b unitEntry) int {
			return cmp.Or(len(b.runes)-len(a.runes), strings.Compare(a.w, b.w))
		})
	}
	return m
}()

type unitEntry struct {
	w     string
	runes []rune
	info  unitInfo
}

// unitNotBefore lists, for a unit, the runes that make it the start of a
// word instead: 3台账 is not 3 台, 5部门 not 5 部.
var unitNotBefore = map[string]string{
	"名": "单称义录额", "部": "门署分长", "项": "目", "所": "有在属以", "本": "级地区年部职单",
	"期": "间限末", "家": "庭长属", "支": "持付部队", "起": "草步来", "条": "例件款",
	"场": "所景地馆", "处": "理置罚室长", "位": "于置列", "批": "准示复", "例": "如",
	"座": "谈", "间": "隔", "台": "账帐阶", "天": "然津下", "次": "性", "人": "员民才口大社",
	"户": "籍口外", "卷": "宗", "类": "似型别", "门": "类户槛", "节": "日约点", "头": "部",
	"方": "式面法案向针", "元": "旦", "成": "为立功果员绩效本", "轮": "流",
}

// withinUnits may take 内 after them as a qualifier: 5分钟内, 3个工作日内, 50米内.
var withinUnits = map[string]bool{"分钟": true, "小时": true, "天": true, "工作日": true, "个月": true, "米": true, "公里": true}

// notUnitsAfter are the runes that, right after a number, make it a date,
// a time or a serial: 2024年, 3月, 5日, 28号, 8时.
const notUnitsAfter = "年月日号时"

// prefixQualifiers come right before the number, longest first.
var prefixQualifiers = []string{
	"不少于", "不低于", "不超过", "将近", "大约", "超过", "多达", "高达", "至少", "突破",
	"近", "约", "超", "逾",
}

// qualifierNotAfter lists, for a one-rune qualifier, the runes before it
// that make it part of a word: 签约, 节约, 治超, 附近.
var qualifierNotAfter = map[string]string{
	"约": "签节制合公契预违履邀隐", "超": "治赶", "近": "附最接就靠亲贴将",
}

// innerQualifiers come between the number and its unit or multiplier: 100余次.
const innerQualifiers = "余多"

// suffixQualifiers follow the unit: 98%以上.
var suffixQualifiers = []string{"以上", "左右", "以下", "以内", "上下", "之多"}

// rangeMarks join the two ends of a range: 3至5个, 10—15天.
const rangeMarks = "至到—-~〜–"
