import type { EntityManager } from 'typeorm';

/** What demo askers told only staff, by question title. */
const demoPrivateDetails: Array<{ title: string; body: string }> = [
  {
    title: 'How do I download all invoices of last year as PDF?',
    body: 'Customer number: 100-4711\nInvoices affected: RE-2025-0001 to RE-2025-0212',
  },
  {
    title: 'Wie ändere ich die Rechnungsadresse und die USt-IdNr.?',
    body: 'Kundennummer: 200-0815\nNeue USt-IdNr.: DE123456789',
  },
];

/** Private details on two demo questions, written by their askers; a second run changes nothing. */
export async function seedPrivateDetailsDemoData(manager: EntityManager): Promise<string[]> {
  let seeded = 0;
  for (const { title, body } of demoPrivateDetails) {
    const rows = (await manager.query(
      `INSERT INTO question_private_details (question_id, body, updated_by_id, updated_at, created_at)
       SELECT q.id, $2, q.author_id, q.created_at, q.created_at
         FROM question q WHERE q.title = $1 AND q.deleted_at IS NULL
       ON CONFLICT (question_id) DO NOTHING
       RETURNING question_id`,
      [title, body],
    )) as unknown[];
    seeded += rows.length;
  }
  return seeded > 0 ? [`Private details (asker and staff only) on ${seeded} demo questions`] : [];
}
