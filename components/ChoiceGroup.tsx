export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  testId: string;
  onChange: (value: T) => void;
}

/** A set of radio buttons for one setting. */
export function ChoiceGroup<T extends string>({ legend, name, value, options, testId, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="choices" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            data-testid={`${testId}-${option.value}`}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
