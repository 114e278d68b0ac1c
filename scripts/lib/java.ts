/** Where the Java for the HTML checker is: $JAVA_HOME's, else the one on the PATH. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function findJava(): string | undefined {
	const home = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin/java');
	if (home && existsSync(home)) return home;
	try {
		execFileSync('java', ['-version'], { stdio: 'ignore' });
		return 'java';
	} catch {
		return undefined;
	}
}
