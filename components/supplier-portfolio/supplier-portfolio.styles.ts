import { css } from 'lit';

export const styles = css`
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s3);
    align-items: end;
    margin-block-end: var(--_s3);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: var(--_s1);
  }
  input,
  select {
    min-block-size: 2.75rem;
    padding: var(--_s1) var(--_s2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_bg);
  }
  .sort {
    display: inline-flex;
    gap: var(--_s1);
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .supplier {
    text-align: start;
  }
  td.figure {
    font-variant-numeric: tabular-nums;
  }
  /* The heat table: a tint that deepens with the figure, which is always written in the cell. */
  [part~='heat'] {
    background: color-mix(in srgb, var(--_accent) var(--_heat, 0%), var(--_bg));
  }
  [data-heat='1'] {
    --_heat: 8%;
  }
  [data-heat='2'] {
    --_heat: 16%;
  }
  [data-heat='3'] {
    --_heat: 24%;
  }
  [data-heat='4'] {
    --_heat: 32%;
  }
  .overdue {
    color: var(--_error);
    font-weight: 600;
  }
  [part~='comparison'] {
    margin-block-start: var(--_s4);
  }
  ul.systems {
    margin: 0;
    padding-inline-start: var(--_s3);
  }
  @media (forced-colors: active) {
    [part~='heat'] {
      background: Canvas;
    }
  }
`;
