import { LETTER } from './letter-classes.ts';
import { JOIN } from './region-cues.ts';

/**
 * A state's name among other U.S. states' names says the state is meant: "Connecticut,
 * Massachusetts, New York and Rhode Island" are four states, not three and a city. The list
 * is the fifty states as news names them; a test holds it to the gazetteer's.
 */
export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

let before: RegExp | null = null;
let after: RegExp | null = null;

/** Whether another state's name is the list item right before or after the name at `start`–`end` of `text`. */
export function amongStates(text: string, start: number, end: number): boolean {
  // Built on first use: most pages meet no name a state shares.
  if (before === null || after === null) {
    const states = US_STATES.join('|');
    before = new RegExp(String.raw`(?:^|[^${LETTER}])(?:${states})${JOIN}$`);
    after = new RegExp(String.raw`^${JOIN}(?:${states})(?![${LETTER}])`);
  }
  return before.test(text.slice(Math.max(0, start - 24), start)) || after.test(text.slice(end, end + 24));
}
