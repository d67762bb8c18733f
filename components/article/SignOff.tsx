import { formatSignOff } from '@/lib/format/sign-off';
import styles from './SignOff.module.css';

/** Authors' initials and agencies, wire style: "wd/dj (AP, dpa)". */
export function SignOff({ authors, sources }: { readonly authors: readonly string[]; readonly sources: readonly string[] }) {
  return <p className={styles.signOff}>{formatSignOff(authors, sources)}</p>;
}
