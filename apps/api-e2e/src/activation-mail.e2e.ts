import { SMTPServer } from 'smtp-server';
import { freePort, RunningApi, startApi } from './support/api-process';
import { GraphQLClient } from './support/graphql-client';

interface Received {
  to: string[];
  body: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startMailbox(port: number): Promise<{ received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { received, close: () => new Promise<void>((done) => server.close(() => done())) };
}

describe('activation links by e-mail when SMTP is configured', () => {
  let api: RunningApi;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  beforeAll(async () => {
    const port = await freePort();
    mailbox = await startMailbox(port);
    api = await startApi('sqlite', { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://tunas.palangkaraya.go.id' });
  });
  afterAll(async () => {
    await api?.stop();
    await mailbox?.close();
  });

  it('mails the one-time link to the new person, and the link activates the account', async () => {
    const admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    const created = await admin.request<{ createUser: { activation: { emailed: boolean; url: string } } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { activation { emailed url } } }',
      { i: { nip: '199512122020122004', name: 'Maria Rosari', email: 'maria.rosari@palangkaraya.go.id', asnType: 'PNS', roles: ['LEARNER'] } },
    );
    expect(created.errors).toEqual([]);
    expect(created.data?.createUser.activation.emailed).toBe(true);
    expect(mailbox.received).toHaveLength(1);
    const [mail] = mailbox.received;
    expect(mail.to).toEqual(['maria.rosari@palangkaraya.go.id']);
    expect(mail.body).toContain('Aktivasi akun Tunas');
    // The text part is quoted-printable: undo soft line breaks and =XX escapes.
    const text = mail.body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const link = /https:\/\/tunas\.palangkaraya\.go\.id\/aktivasi\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(link).toBe(created.data?.createUser.activation.url);

    const person = new GraphQLClient(api.baseUrl);
    const activated = await person.request<{ activateAccount: { user: { activated: boolean } } }>(
      'mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { user { activated } } }',
      { i: { token: new URL(link!).searchParams.get('token'), password: 'Sungai-Kahayan-2026' } },
    );
    expect(activated.data?.activateAccount.user.activated).toBe(true);
  });
});
