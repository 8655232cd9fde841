import { describe, expect, it } from 'vitest';
import { readsAsTeam } from '@/utils/matching/team-context';
import { bracketed } from './helpers';

const team = (marked: string) => {
  const [text, start, end] = bracketed(marked);
  return readsAsTeam(text, start, end);
};

describe("a town's name that stands for its team", () => {
  it.each([
    'At 4-7, [Miami] is technically not out of it',
    '[Miami] is 4-7 after the loss',
    "[Miami]'s quarterback threw two interceptions",
    "[Denver]'s head coach praised the defence",
    'Liverpool 2–0 [Leeds] at Anfield',
    '[Brighton] 3-0 Leeds',
    '[Miami] 30, Buffalo 13',
    'a 2-1 win over [Leeds] on Saturday',
    'lost 3-1 to [Brighton] at home',
    '[Brighton] beat Leeds on Sunday',
    'the Dolphins play four teams (vs. [New Orleans], at Jets)',
    'after they beat [Denver] in overtime',
    "[Miami]'s defense allowed 30 points",
    'the [Denver] offense stalled in the second half',
    '[Miami] quarterback Tua Tagovailoa was sacked',
    "[Buffalo]'s offensive line held up",
    'the [Kansas City] defensive coordinator',
    "Wembanyama missed 12 of [San Antonio]'s first 25 games this season",
    "[Denver]'s home opener is on Thursday",
    'a spot in the NBA Cup championship game against [New York]',
    'their matchup with [Dallas] on Sunday',
    'a Swedish team that could feature [Liverpool] strikers Alexander Isak',
    '[Bournemouth] midfielder Tyler Adams',
    'Holders PSG narrowly went past [Monaco] 5-4 on aggregate',
    'cup and league clashes against [Brighton], Manchester City, and Arsenal',
    'nothing beyond the [Burnley] match mattered',
    "[Seattle]'s Super Bowl XLIX heartbreak",
    "[Seattle]'s defense proved decisive",
    'a Flagrant 2 on Dort, but [Oklahoma City] held on to claim the victory',
    "units of Russia's ‘[Dnipro]’ formation shelled the bank",
    'the [Dnepr] group of forces said',
  ])('%s', (marked) => expect(team(marked)).toBe(true));

  it.each([
    "[Kyiv]'s defence held overnight",
    "Russia's war against [Kyiv] goes on",
    'Trump visits [Miami] on Friday',
    'The forum meets in [Davos] 19-23 January',
    '[Kyiv] beat back a drone attack',
    '[Paris] 2024 was a success',
    'the mayor of [Miami] said',
    "[Liverpool]'s goal of net zero by 2030",
    '[Miami], Florida, on Tuesday',
    "[Washington]'s defense of Israel at the UN",
    "[Kyiv]'s defence ministry said",
    'a [London] coach firm went bust',
    'the [Paris] defence ministry',
    "[Moscow]'s first talks with Kyiv in three years",
    'the first games of [Paris] 2024',
    'talks with [Moscow] resumed',
    'a match against [Brazil] in Rio',
    'the [Mariupol] defenders held out for weeks',
    'Kyiv again clashes with [Moscow] over gas transit',
    'a [Paris] Match interview',
    "[Kharkiv]'s defence forced Russian troops back",
    'the troops in [Bakhmut] held on for months',
    'the formation of [Kosovo] in 2008',
  ])('%s', (marked) => expect(team(marked)).toBe(false));
});
