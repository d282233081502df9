// Small helpers every screen uses: building elements, naming formats, saying when, counting.
import { describeError } from './api.js';

const FORMATS = {
  coffee: 'Coffee',
  breakfast: 'Breakfast',
  lunch: 'Lunch',
  dinner: 'Dinner',
  walk_run_hike: 'Walk, run or hike',
  volunteering: 'Volunteering',
  class: 'Class',
  brainstorm_circle: 'Brainstorm circle',
  social: 'Social',
};

export const FORMAT_KEYS = Object.keys(FORMATS);

export function formatName(format) {
  const key = String(format || '').replace(/-/g, '_');
  return FORMATS[key] || key.replace(/_/g, ' ');
}

/**
 * An element with attributes and children: el('p', {class: 'x'}, 'text', child). Attributes
 * starting with "on" are listeners; true/false set or leave out a boolean attribute.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** "1 gathering", "2 gatherings". */
export function count(n, singular, plural = singular + 's') {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a, b and c". */
export function listOf(items) {
  const list = [...items];
  if (list.length <= 1) {
    return list.join('');
  }
  return list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1];
}

/** Tags as words: "wholesale-bakery" reads "wholesale bakery". */
export function tagWords(tags) {
  return listOf((tags || []).map((t) => t.replace(/-/g, ' ')));
}

/** An instant as a day and time in a time zone (the member's, else the browser's). */
export function when(instant, timeZone) {
  if (!instant) {
    return '';
  }
  const options = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (timeZone) {
    options.timeZone = timeZone;
  }
  try {
    return new Intl.DateTimeFormat('en-GB', options).format(new Date(instant));
  } catch (e) {
    delete options.timeZone;
    return new Intl.DateTimeFormat('en-GB', options).format(new Date(instant));
  }
}

export function day(instant, timeZone) {
  const options = { day: 'numeric', month: 'long', year: 'numeric' };
  if (timeZone) {
    options.timeZone = timeZone;
  }
  return new Intl.DateTimeFormat('en-GB', options).format(new Date(instant));
}

/** A status line that screen readers announce: role=status, or role=alert for errors. */
export function message(text, kind = 'status') {
  return el('p', { class: kind === 'alert' ? 'message error' : 'message', role: kind }, text);
}

/**
 * Runs `action` when the form is sent: its button waits meanwhile, and the status line says what
 * `action` answers, or the problem's detail when it fails.
 */
export function onSend(form, button, status, busyText, action) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    status.classList.remove('error');
    status.textContent = busyText;
    try {
      status.textContent = (await action()) || '';
    } catch (err) {
      status.classList.add('error');
      status.textContent = describeError(err);
    } finally {
      button.disabled = false;
    }
  });
}
