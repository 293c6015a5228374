"""Build labels.jsonl for the compare-blind-2026-11-29v probe.

Every quote is asserted to be an exact substring of the article's title or text.
Every stating article was found by the regex searches listed in `search` (whole
corpus, title and text); see README.md.
"""
import json
import os
import re

CORPUS = "/work/shared/data/newsbench-dev/corpus.jsonl"
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(CORPUS)]


def art(line, value, quotes):
    r = rows[line]
    for q in quotes:
        assert q in r["text"] or q in r["title"], (line, q)
    return {
        "outlet": r["outlet"],
        "article_line": line,
        "article_id": r["id"],
        "published": r["published"],
        "title": r["title"],
        "value": value,
        "quotes": quotes,
    }


Q = []

Q.append(dict(
    qid="Q1", kind="count",
    question="How many people died in the January 2016 blizzard that buried the East Coast?",
    answer="at least 28 (AP tally reported by USA TODAY on Sunday Jan. 24, 2016)",
    search=[r"at least 28|28 people", r"blizzard"],
    stating=[art(409, "at least 28 deaths", [
        "At least 28 people died in storm-related incidents, the Associated Press reported Sunday afternoon."])],
    traps=[
        "12,900 flights canceled (409) / 'flight cancellations top 12,000' (409 link text)",
        "60 million people under warnings (409); 250,000 and 50,000 customers without power (409)",
        "snow totals 26.8 / 27.5 / 29.2 / 31.9 / 34 / 17.8 / 29.3 inches (409, 401)",
        "25 all-time single-day snowfall records (401)",
        "Blizzard of 1977 killed 23 in Buffalo (406, 7) - other storm",
        "Dec 2022 Buffalo blizzard deaths 27+ (7, 406) - other storm",
        "elderly couple died of carbon monoxide (2 deaths, part of the toll) (409)",
    ],
))

Q.append(dict(
    qid="Q2", kind="count",
    question="How many exhibitors took part in the first Consumer Electronics Show, in 1967?",
    answer="117",
    search=[r"\b117\b|17,500", r"Consumer Electronics Show|\bCES\b"],
    stating=[art(611, "117 exhibitors", [
        "In 1967, the inaugural CES took place in New York City, where it attracted 17,500 attendees and 117 exhibitors"])],
    traps=[
        "17,500 attendees (611)",
        "'north of 4000 exhibitors' and 'more than 180,000 people' at the 2017 CES (611)",
        "three major TV networks; 32 / 50 years (611)",
    ],
))

Q.append(dict(
    qid="Q3", kind="count",
    question="How many publicly reported ransomware attacks hit US health care organizations in 2021, according to the cybersecurity firm Recorded Future?",
    answer="134 (speaker: Allan Liska of Recorded Future, via CNN)",
    search=[r"\b134\b", r"ransomware"],
    stating=[art(3, "134 incidents (Allan Liska, Recorded Future)", [
        "Allan Liska, senior threat intelligence at cybersecurity firm Recorded Future, said there were 134 publicly reported ransomware incidents involving health care organizations in 2021"])],
    traps=[
        "106 incidents in 2020 (3)",
        "Mespinoza has 190 victim organizations worldwide (3, HHS advisory)",
        "Jackson Hospital is a 100-bed facility with a 600-person staff (3)",
        "'several dozen health care organizations' hit since the pandemic began (3)",
        "Hussey has worked at Jackson for over 25 years (3)",
    ],
))

Q.append(dict(
    qid="Q4", kind="count",
    question="How many human cases of Monkey B virus had ever been recorded when a veterinarian in China died of it in 2021?",
    answer="50 (CDC figure, via The Week)",
    search=[r"50 cases|Only 50", r"Monkey B"],
    stating=[art(142, "50 human cases", [
        "Only 50 cases have been recorded in humans, of whom 21 died."])],
    traps=[
        "21 of them died (142)",
        "the vet was 53 (142)",
        "80% fatality rate if untreated (142)",
        "first identified in 1932; a 1997 case (142)",
        "two close contacts tested negative; two dead monkeys dissected (142)",
    ],
))

Q.append(dict(
    qid="Q5", kind="money",
    question="How much did IBM spend to develop its System/360 mainframe in the 1960s?",
    answer="$5 billion (about $38 billion in 2014 dollars)",
    search=[r"\$5 billion|\$38 billion", r"System/360|April 7, 1964"],
    stating=[art(612, "$5 billion", [
        "The cost then was $5 billion to develop it."])],
    traps=[
        "'about $38 billion' in today's dollars (612) - same cost, inflated; not the figure asked",
        "52,000 transactions per second; 7,000 workers; 165 systems (612)",
        "fourth-quarter mainframe sales fell 37 percent (612)",
        "other $5 billion figures in unrelated articles (79, 327, 824, 881, 922, 961, 979, 1215)",
    ],
))

Q.append(dict(
    qid="Q6", kind="money",
    question="How much was Adolf Hitler's toilet seat expected to sell for at auction?",
    answer="around £15,000",
    search=[r"15,000", r"Hitler"],
    stating=[art(323, "about £15,000", [
        "Adolf Hitler’s toilet seat is expected to fetch around £15,000 at an upcoming auction."])],
    traps=[
        "Chinese food blogger fined £15,000 ($18,500) (322) - other story, same number",
        "Boris Johnson's £15,000 post-election holiday (1044) - other story",
        "18cm fish, eight-month-old duck in the same roundup (323)",
    ],
))

Q.append(dict(
    qid="Q7", kind="percent",
    question="By what percent did Bed Bath & Beyond expect its third-quarter sales to fall when it warned in January 2023 that it might go bankrupt?",
    answer="32% (net sales of $1.26 billion, down 32% from a year earlier)",
    search=[r"\b32%|32 percent", r"Bed Bath"],
    stating=[art(68, "32%", [
        "Bed Bath & Beyond expects to report net sales of $1.26 billion for the third quarter ended Nov. 26. That would be a 32% drop from a year earlier."])],
    traps=[
        "workforce slashed by 20% (68)",
        "shares lost a quarter of their value (68)",
        "Salesforce to cut 10% (68 link text)",
        "one-third of its store brands dropped (68)",
        "2020: sales dropped more than 6% (73) - older article",
        "net loss $385.8 million vs $276.4 million; ~150 stores closed (68)",
    ],
))

Q.append(dict(
    qid="Q8", kind="percent",
    question="What percent pure does Ivory soap famously claim to be?",
    answer="99 44/100 percent (99.44%)",
    search=[r"99 ?(and|\+) ?44|44/100|44⁄100|99\.44", r"Ivory"],
    stating=[art(422, "99.44% (99 and 44/100 percent)", [
        "“99+44⁄100% Pure.”",
        "\"99 and 44/100 Percent Pure.\"",
        "“99 and 44-100% pure.”"])],
    traps=[
        "56/100 of a percent of impurities (422)",
        "invented in 1879; 143 / almost 150 years (422)",
        "pack of 10 bars for under $5 (422)",
    ],
))

Q.append(dict(
    qid="Q9", kind="age",
    question="How old was the man whose ear was bitten off on a light rail platform near Portland, Oregon, in January 2023?",
    answer="78",
    search=[r"78-year-old", r"ear"],
    stating=[art(102, "78", [
        "Man accused of chewing off 78-year-old man's ear",
        "A man accused of chewing off the ear of a 78-year-old man on a light rail train platform near Portland, Oregon"])],
    traps=[
        "the suspect Koryn Daniel Kraemer is 25 (102)",
        "Bessie Hendricks died at 115 (102 link text)",
        "Utah shooting: eight family members, five children (102 link text)",
        "other 78-year-olds in unrelated articles (769, 979)",
    ],
))

Q.append(dict(
    qid="Q10", kind="date",
    question="When did Puerto Rico stop requiring fully vaccinated domestic travelers to show a negative COVID-19 test?",
    answer="2022-02-02 (Wednesday after the Friday Jan. 28, 2022 announcement)",
    search=[r"Feb\. 2\b|February 2\b", r"Puerto Rico"],
    stating=[art(123, "2022-02-02", [
        "Puerto Rico travel restrictions: New entry requirements begin Feb. 2",
        "Starting Wednesday, travelers who can present proof of vaccination will no longer need to show a negative coronavirus test."])],
    traps=[
        "announced Friday (2022-01-28) by Gov. Pedro Pierluisi (123)",
        "test no more than 48 hours before departure; 7-day / 10-day quarantine (123)",
        "USA TODAY 2021-12-23 (121): testing for ALL domestic travelers starts Monday (2021-12-27) - the opposite rule, earlier",
        "Hurricane Fiona landfall in Puerto Rico (48) - other story",
    ],
))

Q.append(dict(
    qid="Q11", kind="date",
    question="When did Graceland open to the public?",
    answer="1982-06-07",
    search=[r"June 7, 1982", r"Graceland"],
    stating=[art(35, "1982-06-07", [
        "Graceland opened to the public on June 7, 1982.",
        "Graceland was opened to the public on June 7, 1982."])],
    traps=[
        "Elvis died Aug. 16, 1977 (35)",
        "Aunt Delta died July 29, 1993 (35)",
        "Elvis bought Graceland March 19, 1957; gates installed April 22, 1957 (35)",
        "Guest House at Graceland opened Oct. 27, 2016; Elvis Presley's Memphis opened March 2, 2017 (35)",
        "Graceland reopened May 21 (2020) after the pandemic closure (35)",
        "Graceland auction (1214, 2020) - other story",
    ],
))

Q.append(dict(
    qid="Q12", kind="date",
    question="On what date was a woman pushed onto the tracks in front of an oncoming train at a Brussels metro station?",
    answer="2022-01-14 (Friday January 14; CNN article published 2022-01-19)",
    search=[r"January 14\b|Jan\. 14\b", r"Rogier|Brussels"],
    stating=[art(389, "2022-01-14", [
        "A man who pushed a woman in front of an approaching train at a Brussels metro station on Friday January 14"])],
    traps=[
        "publication date 2022-01-19 (389)",
        "'on Friday' alone in the photo caption (389) - the Friday before publication (Wed Jan 19) is Jan 14, consistent",
        "around 7:45 p.m. (389)",
        "Bob Saget laid to rest Friday, January 14 (505) - other story, same date",
    ],
))

# newest_of_outlet: per question and outlet, flag the newest stating article
for q in Q:
    by = {}
    for s in q["stating"]:
        by.setdefault(s["outlet"], []).append(s)
    for o, ss in by.items():
        newest = max(ss, key=lambda s: s["published"])
        for s in ss:
            s["newest_of_outlet"] = s is newest

# check that the regex searches find no other stating article (print hits for review)
if __name__ == "__main__":
    for q in Q:
        num_re, topic_re = (re.compile(p, re.I) for p in q["search"])
        hits = [i for i, r in enumerate(rows)
                if num_re.search(r["title"] + "\n" + r["text"]) and topic_re.search(r["title"] + "\n" + r["text"])]
        print(q["qid"], "articles matching both figure and topic regex:", hits,
              "labelled:", [s["article_line"] for s in q["stating"]])
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("wrote", len(Q))
