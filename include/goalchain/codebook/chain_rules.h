// The rules the chain finder reads a plan by, from a codebook's `chains:`
// section: which codes play which part, the field labels, and the words of the
// plan grammar (obligation words, the verbs that make "X ska V" a goal or an
// activity, lead-ins, assignments, partners, deadlines). The C++ holds no
// words of any language; docs/chains.md describes each rule.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::codebook {

// The parts of a chain the report's analysts looked for.
enum class ChainRole { problem, goal, activity, indicator, responsibility, follow_up };

// "problem", "goal", "activity", "indicator", "responsibility", "follow_up".
std::string_view to_string(ChainRole role);
std::optional<ChainRole> chain_role_from_string(std::string_view name);

// A code id as written in a rules section, with its place, so that lint can
// name the line of a code the codebook lacks.
struct NamedCode {
  std::string id;
  std::string rule;  // "chains.topic", "profile.places.street"
  int line = 0;
  int column = 0;
};

// A word or phrase of the plan grammar, folded into words; a word ending in
// '*' matches any word starting with the rest ("genomför*").
using Phrase = std::vector<std::string>;

struct ChainRules {
  std::string topic;  // only chains where this code fires are kept
  // The code whose hits mark each role in running text.
  std::vector<std::pair<ChainRole, std::string>> role_codes;
  std::string actors;         // codes below this one are actors
  std::string target_groups;  // codes below this one are target groups
  std::string measurable;     // a measurable term: "antal", "andel"
  std::vector<std::pair<std::string, int>> national_goals;  // code id → goal number
  // Field labels that open an element ("Mål:", "Aktivitet 1.2:"), folded.
  // Problem labels that head a section ("Lägesbild") make it the plan's
  // problem description.
  std::vector<std::pair<std::string, ChainRole>> field_labels;
  // Phrases that open a heading of the plan's problem description that no
  // problem label names ("Så ser det ut", "Current situation", "Why this
  // matters"), folded.
  std::vector<Phrase> problem_headings;
  // Phrases that open a heading of a section of follow-up set apart from the
  // goals ("Så följer vi upp", "How we will measure progress"), folded: the
  // indicators there measure goals stated elsewhere.
  std::vector<Phrase> follow_up_headings;

  // Words that make the words before them the subject of an obligation:
  // "Polisen ska utveckla ..." makes the police responsible.
  std::vector<std::string> obligation_words;
  // Phrases of an intention that serve as the obligation, their words apart
  // by up to verb_window words ("kommer att": "Länsstyrelsen kommer under
  // 2025 att erbjuda ..." is an activity, the county board responsible).
  std::vector<Phrase> intention;
  // Words of a recommendation ("bör"): not the plan's goals or activities.
  std::vector<std::string> recommendation_words;
  // The obligation must come within this many words of the sentence start.
  int max_subject_words = 12;
  // The verb after the obligation word decides: a state to reach ("ska ha",
  // "ska minska", "ska upptäckas") is a goal, a deed ("ska genomföra", "ska
  // erbjuda") an activity. The first listed word within `verb_window` words
  // after the obligation word decides.
  std::vector<Phrase> goal_verbs;
  std::vector<Phrase> activity_verbs;
  int verb_window = 8;
  // Past tense in final reports ("genomfördes", "har genomförts"): an activity.
  std::vector<Phrase> past_activity;
  // Past tense in the active voice ("genomförde", "har genomfört"): an
  // activity whose doers are the actors before it ("Länsstyrelsen genomförde
  // ..."); in the passive ("genomfördes") the words before it name what was
  // done, not who did it.
  std::vector<Phrase> past_activity_active;
  // The plan's or assignment's own work right after a deed verb ("ska
  // genomföra uppdraget"): the sentence says who carries out the work, a
  // responsibility, not an activity.
  std::vector<Phrase> work_itself;
  // Headings of sections that present the plan rather than state it
  // ("Inledning", "Sammanfattning", "Uppdraget"): what they say is to be done
  // or reached opens no chain (a summary repeats the goals stated later).
  std::vector<std::string> preamble_labels;
  // Header cells of a flattened table that name no element ("Tidplan"): their
  // column is skipped.
  std::vector<std::string> table_other_columns;
  // Labels of what came of the work in a final report ("Resultat: 230
  // personer deltog", "Utfall: ..."): a line opening with one and its colon,
  // or a table column headed by one, is follow-up of the element above it,
  // never an indicator (figures of what was done are no measure decided in
  // advance), and says nothing of how the work is followed up.
  std::vector<std::string> result_labels;
  // Other topics a heading may name beside the chain topic ("Mäns våld mot
  // kvinnor, hedersrelaterat våld och förtryck samt prostitution och
  // människohandel"): such a heading is shared by several topics and does not
  // make the chains under it the topic's; their own words must.
  std::vector<Phrase> other_topics;
  // Labels of goals one level down ("Delmål", "Effektmål"): a goal with
  // nothing of its own right above one ("Inriktningsmål: ..." over "Effektmål
  // 1.1: ...") only heads it and is no chain.
  std::vector<std::string> sub_goal_labels;
  // Phrases naming a goal one level above the plan's goals ("Långsiktigt
  // mål", "Syftet är att", "The overall objective"), folded: opening its
  // sentence, or the whole of its label line or of the heading above it
  // after numbers. Such a goal with nothing of its own right before another
  // goal only heads it and is no chain.
  std::vector<Phrase> overall_goals;
  // "ges i uppdrag att", "uppdrar åt": an activity; the actors named before
  // the phrase, or right after it, are responsible.
  std::vector<Phrase> assignment_phrases;
  // "tillsammans med", "i samverkan med": the actors named after it are
  // responsible with the subject.
  std::vector<Phrase> partner_phrases;
  // Phrases that open a sentence stating a goal, now or in the past ("Målet
  // är att ...", "Målet för året var att ..."): its later words may stand up
  // to verb_window words after the word before. The sentence is a goal
  // whatever its verbs say.
  std::vector<Phrase> goal_openings;
  // Phrases followed by a goal's number that tie an element to that goal
  // ("För att nå mål 1 ska länsstyrelsen:"): goals in one section, their
  // activities in the next.
  std::vector<Phrase> goal_reference;
  // Words after a passive past activity that name who did it ("genomfördes
  // ... av Polisen"): the actors right after them are responsible.
  std::vector<Phrase> passive_agent;
  // Phrases that end the lead of a decision in minutes ("Socialnämnden
  // beslutar", "föreslås besluta"): the "att" clauses after it are its items,
  // each read on its own ("att ge förvaltningen i uppdrag att ...").
  std::vector<Phrase> decisions;
  // Phrases opening an indicator's text that say it is still to be made
  // ("Indikator: tas fram under 2025"): no indicator.
  std::vector<Phrase> pending_indicator;
  // Deadlines and administration ("senast", "rekvisitionen"): never an element.
  std::vector<Phrase> deadline_phrases;
  // Words that open a sentence about the plan itself ("Handlingsplanen
  // beskriver ..."): never a goal or an activity.
  std::vector<Phrase> plan_phrases;
  // Phrases opening a sentence that states the plan's vision ("Visionen är
  // ...", "Vår vision är ..."): a direction, not a goal the plan sets.
  std::vector<Phrase> vision_openings;
  // Phrases by which a sentence states someone's assessment of the situation
  // ("Polisen bedömer att ...", "Länsstyrelsens bedömning är att ..."), within
  // its first max_subject_words words: never a goal or an activity.
  std::vector<Phrase> assessments;
  // Phrases opening a sentence that says what is done to reach the goal
  // stated before it ("För att nå dit ska ...", "För att uppnå detta ..."):
  // never a goal of its own, an activity of that goal.
  std::vector<Phrase> serves_goal_before;
  // Phrases in a heading of a section of roles ("Bilaga 1.
  // Ansvarsfördelning", "Roller och ansvar"): its lines "task: actors" make
  // the actors responsible for the chains whose activities name the task.
  std::vector<Phrase> responsibility_sections;
  // Questions a plan sets over each part of a goal ("Vad vill vi uppnå?",
  // "Vad ska göras?", "Vem ansvarar?", "Hur följer vi upp?"), folded, with
  // the role of what answers them: no element themselves, they give that role
  // to the sentences under them up to the next question or heading.
  std::vector<std::pair<Phrase, ChainRole>> question_labels;
  // First words of a goal stated as a noun phrase ("Minskad efterfrågan på
  // ...", "Ökad kunskap om ...", "Stärkt stöd till ..."), folded: a heading
  // opening with one, after its number ("3.1 Minskad efterfrågan ..."), is a
  // goal.
  std::vector<std::string> nominal_goals;
  // Words joining two names in a list of who is responsible ("och", "samt"):
  // "utbildningsnämnden och socialnämnden" names two actors.
  std::vector<std::string> name_joiners;
  // Phrases of a few words before a colon that label a follow-up as
  // "Uppföljning:" does ("Så följer vi upp: antal ...").
  std::vector<Phrase> follow_up_labels;
  // A sentence ending in ':' whose last word is one of these ("bidra till
  // att:"), or that holds an obligation word ("Länsstyrelsen ska:"), is a
  // lead-in: no element itself, it gives its actors to the list under it.
  std::vector<std::string> lead_in_endings;
  // Words that neither describe a follow-up nor name an actor.
  std::vector<std::string> linking_words;
  // A follow-up with fewer words of its own than this is not described.
  int min_follow_up_words = 3;

  std::vector<NamedCode> named_codes;  // every code the section names
};

// The role a field label names ("Mål", "Aktivitet 1.2", "Ansvariga", "Ansvarig
// aktör"), or nullopt. The first word decides, numbers before it skipped
// ("3. Lägesbild"); at most two more words and any numbers may follow it.
std::optional<ChainRole> role_of_label(const ChainRules& rules, std::string_view label);

// True when `word` (folded) matches `pattern`: equal, or for a pattern ending
// in '*', starting with the rest.
bool matches_word(std::string_view pattern, std::string_view word);

// The index of the first of `phrases` that starts at word `at` of `words`
// (folded words), or nullopt.
std::optional<std::size_t> phrase_at(const std::vector<Phrase>& phrases,
                                     const std::vector<std::string>& words, std::size_t at);

}  // namespace goalchain::codebook
