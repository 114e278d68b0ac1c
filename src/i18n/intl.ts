/**
 * Intl formatters, made once for each locale and set of options. Making one is slow and each holds ICU
 * data outside the JavaScript heap, which the garbage collector does not count: made afresh on every call,
 * a build of tens of thousands of pages spent seconds on them and held hundreds of megabytes.
 */
type Formatter = new (locale: string, options: never) => object;

const made = new Map<string, object>();

/** The site writes British English: "1 December 2026", not "December 1, 2026". */
const regional: Record<string, string> = { en: 'en-GB' };

export function intl<K extends Formatter>(Kind: K, locale: string, options?: ConstructorParameters<K>[1]): InstanceType<K> {
	const key = `${Kind.name} ${locale} ${JSON.stringify(options ?? {})}`;
	let formatter = made.get(key);
	if (!formatter) made.set(key, (formatter = new Kind(regional[locale] ?? locale, options as never)));
	return formatter as InstanceType<K>;
}
