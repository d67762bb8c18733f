import Link from 'next/link';
import type { Topic } from '@/lib/content/types';
import { paths } from '@/lib/urls';
import styles from './TopicLinks.module.css';

export function TopicLinks({ topics, heading = 'Topics', prefix = '' }: { readonly topics: readonly Topic[]; readonly heading?: string; readonly prefix?: string }) {
  return (
    <nav aria-labelledby="topics-heading" className={styles.topics}>
      <h2 id="topics-heading" className={styles.heading}>{heading}</h2>
      <ul className={styles.list}>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link href={paths.topic(topic.slug, prefix)} className={styles.link}>{topic.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
