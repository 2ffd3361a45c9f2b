package main

import (
	"strings"

	"baogao/model"
	"baogao/model/fold"
	"baogao/model/i18n"
)

// topics are the mandated topics by their JSON names, which a SECTION may
// also be (show R plans).
var topics = []model.Topic{model.TopicMeasures, model.TopicShortcomings, model.TopicDuties, model.TopicPlans, model.TopicOther}

// topicOfWord is the mandated topic a SECTION word names: its English name
// (plans) or wording that names it (不足, 安排, 第一责任人), or TopicNone.
func topicOfWord(w string) model.Topic {
	for _, t := range topics {
		if strings.EqualFold(w, string(t)) {
			return t
		}
	}
	return model.TopicOf(fold.String(w))
}

// topicName is a topic as outline prints it: its JSON name in English, its
// part's usual wording in Chinese.
func topicName(t model.Topic) string { return i18n.T("topic." + string(t)) }

// findSections resolves a SECTION: a path or label path (findSection), or
// else the top-level parts of a mandated topic (不足), or else the
// outermost sections whose title holds the words, compared folded.
func findSections(r *model.Report, spec string) ([]*model.Section, error) {
	s, err := findSection(r, spec)
	if err == nil {
		return []*model.Section{s}, nil
	}
	if looksLikeSection(spec) {
		return nil, err
	}
	var found []*model.Section
	if t := topicOfWord(spec); t != model.TopicNone {
		for _, s := range r.Sections {
			if s.Topic == t {
				found = append(found, s)
			}
		}
	}
	if len(found) == 0 {
		found = titled(r.Sections, fold.String(spec))
	}
	if len(found) == 0 {
		return nil, err
	}
	return found, nil
}

// titled is the outermost sections whose folded title holds words.
func titled(sections []*model.Section, words string) []*model.Section {
	var found []*model.Section
	for _, s := range sections {
		if strings.Contains(fold.String(s.Title), words) {
			found = append(found, s)
			continue
		}
		found = append(found, titled(s.Children, words)...)
	}
	return found
}
