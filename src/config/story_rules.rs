//! The `stories:` section of `claims.yaml`: when two articles report the
//! same real-world event, and how far apart in time they may be.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Thresholds and weights for grouping articles into stories. Every field
/// has a documented default, so the section may be left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StoryRules {
    /// Words of the body read after the title for the words view (the
    /// lead: what happened).
    pub lead_words: usize,
    /// Weight of the title's words against the lead's.
    pub title_weight: f32,
    /// Weight of the words view (TF-IDF cosine of title and lead) in the
    /// score.
    pub words_weight: f32,
    /// Weight of the names view (TF-IDF cosine of the people, streets,
    /// venues, places and ages named) in the score.
    pub names_weight: f32,
    /// Two groups of articles merge while the average score between their
    /// articles reaches this (a pair never scored counts 0).
    pub join: f32,
    /// Added to the score of two articles about the same place whose event
    /// days are at most one apart.
    pub same_day_bonus: f32,
    /// Added to the score of two articles that give the same block
    /// address (street and number, see `near_blocks`): the reports of one
    /// scene, a release and the news alike, while another incident on the
    /// street a few blocks away gives another. A names term for the block
    /// would weigh most where one report alone gives it, pulling that
    /// report away from its story's others.
    pub same_block_bonus: f32,
    /// Two articles whose event dates lie further apart than this report
    /// different events, unless they share names (a follow-up).
    pub window_days: i64,
    /// A follow-up (an arrest, a funeral, a trial) may join its story up to
    /// this many days later when the names alone score at least
    /// `follow_up_names`.
    pub follow_up_days: i64,
    /// The names score a follow-up outside the window needs.
    pub follow_up_names: f32,
    /// A term in more than this share of the batch's articles is too
    /// common to find candidate stories by (it still counts in the score).
    pub common_share: f32,
    /// How many candidate articles are scored per article at most (the
    /// ones sharing the most rare terms with it).
    pub candidates: usize,
    /// Terms are weighed (IDF) as if the batch held at least this many
    /// articles: in a small batch about one event, the names every report
    /// shares would otherwise weigh nothing.
    pub background_articles: usize,
    /// Groups whose articles' own dates place their events further apart
    /// than this many days, and that name no person in common, never
    /// merge: two reports of one shooting do not disagree on its day by
    /// more, and a follow-up dated by its own news (an arrest) names the
    /// victim. 0 turns it off.
    pub event_days_apart: i64,
    /// Groups whose articles both give block addresses ("the 5400 block
    /// of S. Pacific Ave."), none within this many numbers of one of the
    /// other's on the same street, never merge: a shooting and a drive-by
    /// on one avenue the same day, or on two streets, reported by one
    /// department's releases in one template. One incident's scene, chase
    /// or search spans a few blocks.
    /// A number larger than any block (1000000) turns it off.
    pub near_blocks: u32,
    /// Groups whose reports open with datelines naming a state, province
    /// or country (`TACOMA, Wash. (KPSN) —`), none the same, never merge:
    /// in a batch of many cities' news, a Portland Avenue shooting in
    /// Tacoma is not one on Portland Avenue in Louisville. An abbreviation
    /// and the full name are one region ("Ky." and "Kentucky"). `false`
    /// turns it off.
    pub dateline_regions: bool,
    /// Words that mark a sentence's named, aged people as victims ("The
    /// victim was identified as Dana Whitcombe, 34"), besides a toll given
    /// in the same sentence. Groups whose articles name victims, none the
    /// same by surname, never merge: two shootings on one street of one
    /// town in one week have different victims. Compared lower-cased.
    pub victim_words: Vec<String>,
    /// Words that make a sentence's aged people no victims, whatever else
    /// it says ("Jo Ames, 19, was charged in the killing"): the sentence may
    /// name a suspect, and a follow-up naming only its suspect must still
    /// join the story that named only the victim. Compared lower-cased.
    pub suspect_words: Vec<String>,
    /// Kinds of incident and the phrases that tell of each ("stabbing":
    /// stabbed, stabbing, knife). A report's lede (its body's first
    /// sentence; its title where the lede tells of none) tells of the
    /// kinds whose phrases it holds,
    /// the longest read where two overlap ("opened fire" is a shooting);
    /// the kind `none` holds phrases that tell of no incident ("under
    /// fire"). Groups whose reports tell of kinds, none the same, never
    /// merge: a stabbing and a shooting on one avenue a day apart, one
    /// report of which recalls the other. Compared word by word, ignoring
    /// case. `{}` turns it off.
    pub incident_kinds: BTreeMap<String, Vec<String>>,
    /// Words that give a person's sex, by sex ("female": woman, girl).
    /// The people a report counts first (the count its body opens with,
    /// and the others of that sentence) are of the sexes whose words their
    /// counts hold; groups whose first counts give sexes, none the same,
    /// never merge: "a woman and a teenager were wounded" on one avenue is
    /// not "two men were shot" there two days before, which the report
    /// recalls. Words that give a person's sex only with a tie (nephew,
    /// daughter) are left out: a tie says whose the person is, and a
    /// report of one incident may count the same person as "a boy".
    /// Compared word by word, ignoring case. `{}` turns it off.
    pub sexes: BTreeMap<String, Vec<String>>,
    /// A source (an outlet, a department's releases) with at least this
    /// many articles in the batch has a template: the terms most of its
    /// articles hold (`template_share`) are its wording, not evidence of
    /// one event ("Louisville Metro Police Department", "Homicide
    /// investigation", "responded", "located"), and are left out of its
    /// articles' views. 0 turns it off.
    pub template_articles: usize,
    /// The share of a source's articles a term must be in to be its
    /// template's (see `template_articles`).
    pub template_share: f32,
    /// Words that label an incident's record number in a release ("Case
    /// No. 26-083412", "Incident #26-284020"): two groups holding
    /// articles of one source that give numbers, none the same, never
    /// merge (a department numbers each incident once). Compared ignoring
    /// case. `[]` turns it off.
    pub case_labels: Vec<String>,
    /// Words that mark an update of a report, as written ("UPDATE",
    /// opening a sentence, a time stamp before it aside): of the latest
    /// day's reports of a story, those giving a figure in an update were
    /// written last, and only they vote on its toll. `[]` turns it off.
    pub update_markers: Vec<String>,
    /// Words of a headline's label that make it a roundup's ("Violent
    /// weekend in Memphis: …", "Crime blotter: …"): such a headline tells
    /// several incidents, so its counts are no vote on one story's toll.
    /// Compared without case with the label's words. `[]`: every
    /// headline votes.
    pub headline_roundups: Vec<String>,
    /// Verbs of a headline's present tense and the past the body's
    /// reader knows ("Fire kills 3, injures teen" is read "killed 3,
    /// injured a teen"). Keys lower-case.
    pub headline_tenses: BTreeMap<String, String>,
    /// Words of the places the hurt are cared for ("University Hospital",
    /// "Sacred Heart Medical Center"): a subject holding one is a report's
    /// place only when its claims name no other. Every shooting of a city
    /// is taken to the same few hospitals, so a hospital named most often
    /// (the hurt counted one sentence each, "taken to X") would tie
    /// unrelated incidents into one story and split one incident's reports
    /// between its street and its hospital. Compared word by word,
    /// ignoring case. `[]` turns it off.
    pub care_places: Vec<String>,
    /// Phrases that tie a report's incident to another it recalls ("Police
    /// would not say whether the shooting is linked to Saturday's party
    /// shooting, in which a teenager was killed"): in a report that has
    /// counted its own killed or hurt before, what follows the phrase in
    /// its sentence tells of the other incident, and its counts, people,
    /// places and days are not the report's. Compared ignoring case. `[]`
    /// turns it off.
    pub links: Vec<String>,
    /// Words that open a stretch of time reaching to the report ("since
    /// Saturday"): a date told after one starts the stretch and is no
    /// day of the report's event ("the second homicide at this location
    /// since Saturday"). Compared ignoring case. `[]` turns it off.
    pub since_words: Vec<String>,
    /// Regular expressions, matched without case on a sentence: a sentence
    /// that matches tells of another incident than the report's own
    /// ("Eight days earlier, a boy was wounded outside the same gate", "It
    /// was the second shooting on the avenue in a week"), and its dates
    /// never date the report. `[]` turns it off.
    pub recall_cues: Vec<String>,
    /// A report that tells its own toll and then another incident's,
    /// after a phrase of `links` or in the sentence after a recall cue
    /// ("It was the second shooting in the neighbourhood in a day. Early
    /// Saturday, four people were shot, one fatally, at a party"), says
    /// what that incident was: a group whose reports count every figure
    /// of that sentence as their own is that incident, and the two never
    /// merge. Only a recalled toll of at least this many people hit
    /// counts ("a man was killed" is half the shootings of a city). 0
    /// turns it off.
    pub recalled_toll: u32,
    /// Phrases of a zero that tells the whole toll ("No one else was
    /// hurt", "There were no other injuries"), matched without case in
    /// the zero's own words. Any other zero is of one person or group
    /// ("Her son was not hurt", "No officers were injured"): it says that
    /// those were unhurt, not that no one was, so it does not vote on a
    /// story's toll against a report that counts someone hurt (see
    /// `stories::toll`). `[]`: every zero is a whole one.
    pub whole_zeros: Vec<String>,
}

impl Default for StoryRules {
    fn default() -> Self {
        StoryRules {
            lead_words: 80,
            title_weight: 2.0,
            words_weight: 0.35,
            names_weight: 0.65,
            join: 0.2,
            same_day_bonus: 0.08,
            same_block_bonus: 0.08,
            window_days: 7,
            follow_up_days: 180,
            follow_up_names: 0.5,
            common_share: 0.05,
            candidates: 24,
            background_articles: 50,
            event_days_apart: 5,
            near_blocks: 500,
            dateline_regions: true,
            victim_words: vec!["victim".into(), "victims".into()],
            suspect_words: [
                "suspect",
                "suspects",
                "suspected",
                "charged",
                "arrested",
                "accused",
                "convicted",
                "convicting",
                "sentenced",
                "gunman",
                "shooter",
                "defendant",
                "wanted",
                "custody",
                "searching",
                "jury",
                "trial",
                "murder",
            ]
            .map(String::from)
            .to_vec(),
            incident_kinds: [
                (
                    "shooting",
                    &[
                        "shot",
                        "shooting",
                        "shootings",
                        "gunfire",
                        "gunshot",
                        "gunshots",
                        "gunman",
                        "gunmen",
                        "shootout",
                        "opened fire",
                        "open fire",
                        "opening fire",
                        "opens fire",
                        "returned fire",
                        "exchanged fire",
                        "drive-by",
                        "shotspotter",
                        "shots",
                        "fire into",
                        "fired into",
                        "firing into",
                        "fired at",
                    ][..],
                ),
                (
                    "stabbing",
                    &["stabbed", "stabbing", "stabbings", "knife", "knifed"][..],
                ),
                (
                    "fire",
                    &["fire", "fires", "blaze", "burned", "arson", "firefighters"][..],
                ),
                (
                    "crash",
                    &[
                        "crash",
                        "collision",
                        "crashed into",
                        "wreck",
                        "rollover",
                        "hit-and-run",
                        "hit-skip",
                        "struck and killed by a driver",
                        "struck by a car",
                        "struck by a vehicle",
                        "struck by a driver",
                        "pedestrian struck",
                    ][..],
                ),
                (
                    "none",
                    &["under fire", "ceasefire", "cease fire", "fire department"][..],
                ),
            ]
            .into_iter()
            .map(|(k, w)| (k.to_string(), w.iter().map(|s| s.to_string()).collect()))
            .collect(),
            case_labels: ["case", "incident", "report"].map(String::from).to_vec(),
            update_markers: ["UPDATE", "UPDATED", "Update", "Updated"]
                .map(String::from)
                .to_vec(),
            headline_roundups: ["weekend", "weekends", "roundup", "blotter", "violence"]
                .map(String::from)
                .to_vec(),
            headline_tenses: [
                ("kills", "killed"),
                ("injures", "injured"),
                ("wounds", "wounded"),
                ("hurts", "hurt"),
                ("dies", "died"),
                ("die", "died"),
                ("drowns", "drowned"),
                ("drown", "drowned"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
            care_places: ["hospital", "infirmary", "clinic", "medical"]
                .map(String::from)
                .to_vec(),
            links: ["linked to", "connected to", "related to", "tied to"]
                .map(String::from)
                .to_vec(),
            since_words: vec!["since".into()],
            recall_cues: Vec::new(),
            recalled_toll: 2,
            whole_zeros: Vec::new(),
            template_articles: 5,
            template_share: 0.6,
            sexes: [
                (
                    "female",
                    ["woman", "women", "female", "females", "girl", "girls"],
                ),
                ("male", ["man", "men", "male", "males", "boy", "boys"]),
            ]
            .into_iter()
            .map(|(k, w)| (k.to_string(), w.map(String::from).to_vec()))
            .collect(),
        }
    }
}
