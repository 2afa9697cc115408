/** The LLM path against a local server that speaks the chat-completions format. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultGenerator } from '../src/generator/default-generator';
import { createLlmGenerator } from '../src/generator/llm-generator';
import { BRIEFS, DSO_QUESTIONS } from './briefs';
import { QUESTIONS, request } from './fixtures';

type Reply = { status?: number; content?: string; delayMs?: number };
let nextReply: Reply = {};
let lastRequest: {
  headers: IncomingMessage['headers'];
  body: { model: string; messages: { content: string }[] };
};
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      lastRequest = { headers: req.headers, body: JSON.parse(raw) };
      const { status = 200, content = '', delayMs = 0 } = nextReply;
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] }),
        );
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const written = (name: string, answers: Record<string, string>) => ({
  name,
  title: 'Chief Information Security Officer',
  company: 'Acme Cloud',
  geography: 'Boston, USA',
  description: 'Ran cloud security and vendor selection for a mid-size SaaS company.',
  workHistory: [{ company: 'Acme Cloud', title: 'CISO', from: '2019-03', to: null }],
  skills: ['Cloud security', 'Vendor selection'],
  answers,
});
const goodAnswers = {
  'q-yes': 'Yes',
  'q-why': 'We picked Wiz because agentless scanning got us coverage in two weeks.',
  'q-size': '11-50',
  'q-clouds': '["AWS","GCP"]',
  'q-aws': '7',
  'q-sat': '4',
  'q-text': 'Budgets moved from point tools to platforms; we cut four vendors this year.',
};

/** A short timeout only where the timeout is the point: a busy machine is slow. */
function generatorWithLog(timeoutMs = 10_000) {
  const warnings: { details: object; message: string }[] = [];
  const generator = createLlmGenerator(
    { baseUrl, apiKey: 'test-key', model: 'test-model', timeoutMs },
    createDefaultGenerator(),
    (details, message) => warnings.push({ details, message }),
  );
  return { generator, warnings };
}

describe('LLM generator', () => {
  it("uses the model's profiles and answers, validated, with our rates and references", async () => {
    nextReply = {
      content: JSON.stringify({
        experts: [
          written('Avery Stone', goodAnswers),
          written('Sam Ito', { ...goodAnswers, 'q-yes': 'No', 'q-why': 'ignored' }),
        ],
      }),
    };
    const { generator, warnings } = generatorWithLog();
    const experts = await generator.generate(request({ count: 2 }));
    const fallback = await createDefaultGenerator().generate(request({ count: 2 }));
    expect(warnings).toEqual([]);
    expect(experts.map((e) => e.name)).toEqual(['Avery Stone', 'Sam Ito']);
    expect(experts.map((e) => e.callRateCents)).toEqual(fallback.map((e) => e.callRateCents));
    expect(experts.map((e) => e.externalRef)).toEqual(fallback.map((e) => e.externalRef));
    expect(experts[0]!.aiFitScore).toBeGreaterThan(6);
    // A follow-up the parent's answer does not call for is dropped.
    expect(experts[1]!.answers['q-why']).toBeUndefined();
    expect(lastRequest.headers.authorization).toBe('Bearer test-key');
    expect(lastRequest.body.model).toBe('test-model');
    expect(lastRequest.body.messages[1]!.content).toContain('Cloud security due diligence');
    expect(lastRequest.body.messages[1]!.content).toContain(QUESTIONS[0]!.id);
  });

  it('asks with the brief, industry, sub-industry, regions and questions, and keeps a brief-aware reply', async () => {
    const dso = BRIEFS[0]!;
    const operator = {
      name: 'Dana Whitfield',
      title: 'VP Operations',
      company: 'Heartland Dental',
      geography: 'Atlanta, Georgia, USA',
      description:
        'Ran operations for 120 supported practices at Heartland Dental, including de novo openings and PPO reimbursement.',
      workHistory: [
        { company: 'Heartland Dental', title: 'VP Operations', from: '2019-02', to: null },
        {
          company: 'Aspen Dental',
          title: 'Regional Director of Operations',
          from: '2013-05',
          to: '2019-01',
        },
      ],
      skills: ['DSO operations', 'De novo practice openings', 'Payer contracting'],
      answers: {
        'q-dsos':
          'Heartland Dental and Aspen Dental, where I worked, and Pacific Dental Services as a competitor.',
        'q-payers': 'Yes',
        'q-fabs':
          'Henry Schein and Patterson Dental are the distributors we bought from; Benco on price.',
      },
    };
    nextReply = { content: JSON.stringify({ experts: [operator] }) };
    const { generator, warnings } = generatorWithLog();
    const [expert] = await generator.generate(
      request({ campaign: dso, questions: DSO_QUESTIONS, count: 1 }),
    );
    expect(warnings).toEqual([]);
    const prompt = JSON.parse(lastRequest.body.messages[1]!.content) as {
      campaign: Record<string, unknown>;
      questions: { text: string }[];
    };
    expect(prompt.campaign).toMatchObject({
      industry: 'Healthcare',
      subIndustry: 'Dental services (DSO)',
      brief: dso.briefDescription,
      regions: ['North America'],
    });
    expect(prompt.questions.map((q) => q.text)).toEqual(DSO_QUESTIONS.map((q) => q.questionText));
    expect(lastRequest.body.messages[0]!.content).toMatch(/DSO operators, dental payers/);
    expect(expert).toMatchObject({
      company: 'Heartland Dental',
      geography: 'Atlanta, Georgia, USA',
    });
    expect(expert!.answers['q-dsos']).toMatch(/Heartland Dental/);
    // Scored by the same rule as the offline generator: an operator of the brief's market fits well.
    expect(expert!.aiFitScore).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['a malformed reply', { content: 'Sure! Here are some experts: {"experts": [' }, /JSON/],
    ['a reply of the wrong shape', { content: JSON.stringify({ people: [] }) }, /experts/],
    [
      'an answer of the wrong type',
      {
        content: JSON.stringify({
          experts: [written('X Y', { ...goodAnswers, 'q-yes': 'Maybe' })],
        }),
      },
      /invalid answer/,
    ],
    ['the wrong number of experts', { content: JSON.stringify({ experts: [] }) }, /asked for 1/],
    ['an HTTP error', { status: 500, content: '' }, /HTTP 500/],
    ['a timeout', { delayMs: 3_000, content: '{}' }, /abort|timeout/i],
  ])('falls back to the default generator on %s, and logs why', async (_, reply, reason) => {
    nextReply = reply;
    const { generator, warnings } = generatorWithLog('delayMs' in reply ? 300 : undefined);
    const experts = await generator.generate(request({ count: 1 }));
    expect(experts).toEqual(await createDefaultGenerator().generate(request({ count: 1 })));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/using the default generator/);
    expect((warnings[0]!.details as { reason: string }).reason).toMatch(reason);
  });
});
