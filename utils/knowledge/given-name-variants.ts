/**
 * Given names that news writes in several transliterations (Ukrainian, Russian, English,
 * German habits), one group a line. The build adds every other spelling of a person's
 * given name as an alias, so "Sergey Lavrov" and "Oleksandr Syrskyi" need no hand-written
 * copies. Only spellings of one name go together: Volodymyr and Vladimir are different names
 * to a Ukrainian reader, so they are not grouped.
 */
const GROUPS = `
oleksandr oleksander olexandr alexander aleksandr alexandr aleksander
serhiy serhii sergiy sergii sergei sergey
dmytro dmitry dmitri dmitriy
andriy andrii andrij andrei andrey
mykhailo mykhaylo mikhail
yuriy yurii yuri yury iurii
oleksiy oleksii olexiy alexei alexey aleksei aleksey
mykola nikolai nikolay
yevhen yevgeny yevgeniy evgeny evgeniy ievgen yevgeni
vitaliy vitalii vitaly vitali
valeriy valerii valery valeri
anatoliy anatolii anatoly
hennadiy hennadii gennady gennadiy gennadi
kyrylo kirill
maksym maxim maksim
yuliia yulia yuliya julia
tetiana tatiana tatyana
nataliia natalia natalya nataliya
olha olga
iryna irina
denys denis
ihor igor
vasyl vasily vasili vasiliy
heorhiy heorhii georgy georgiy georgi
arseniy arsenii arseny
pavlo pavel
borys boris
hryhoriy hryhorii grigory grigoriy
fedir fyodor fedor
oleh oleg
vadym vadim
illia ilya ilia
yakiv yakov
petro pyotr petr
mariia maria mariya
ekaterina yekaterina kateryna
svitlana svetlana
ludmila lyudmila liudmyla
`;

const VARIANTS = new Map<string, readonly string[]>();
for (const line of GROUPS.trim().split('\n')) {
  const group = line.trim().split(/\s+/);
  for (const name of group) VARIANTS.set(name, group);
}

const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1);

/**
 * Other spellings of an alias whose first word is a given name in the table: "Sergei Lavrov"
 * → "Sergey Lavrov", … The alias's own spelling is not among them.
 */
export function givenNameVariants(alias: string): string[] {
  const space = alias.indexOf(' ');
  if (space < 0) return [];
  const first = alias.slice(0, space);
  const group = VARIANTS.get(first.toLowerCase());
  if (!group) return [];
  const rest = alias.slice(space);
  return group.filter((name) => name !== first.toLowerCase()).map((name) => capitalise(name) + rest);
}
