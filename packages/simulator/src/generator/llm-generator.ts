import { z } from 'zod';
import { answerAll, expectedQuestions, isValidAnswer } from './answers';
import { fitScore } from './fit';
import type { ExpertGenerator, GenerationRequest } from './types';

export type LlmConfig = {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
};

type Warn = (details: object, message: string) => void;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const llmExpert = z.object({
  name: z.string().min(3).max(120),
  title: z.string().min(2).max(200),
  company: z.string().min(2).max(200),
  geography: z.string().min(2).max(120),
  description: z.string().min(20).max(2_000),
  workHistory: z
    .array(
      z.object({
        company: z.string().min(2).max(200),
        title: z.string().min(2).max(200),
        from: yearMonth,
        to: yearMonth.nullable(),
      }),
    )
    .min(1)
    .max(8),
  skills: z.array(z.string().min(2).max(80)).min(2).max(15),
  answers: z.record(z.string(), z.string().max(5_000)),
});
const llmReply = z.object({ experts: z.array(llmExpert) });

/**
 * Profiles and answers written by an OpenAI-compatible chat-completions model,
 * validated with zod. Rates, ratings and references stay the default
 * generator's (the model is not trusted with money), and the fit score is
 * computed from the written profile. Any error, timeout or invalid output falls
 * back to the default generator, saying why.
 */
export function createLlmGenerator(
  config: LlmConfig,
  fallback: ExpertGenerator,
  warn: Warn,
): ExpertGenerator {
  return {
    name: 'llm',
    async generate(request) {
      const base = await fallback.generate(request);
      try {
        const written = await askModel(config, request);
        return base.map((expert, i) => {
          const profile = written[i];
          return profile
            ? { ...expert, ...profile, aiFitScore: fitScore(profile, request.campaign) }
            : expert;
        });
      } catch (error) {
        warn(
          { reason: error instanceof Error ? error.message : String(error), model: config.model },
          'LLM generator failed; using the default generator',
        );
        return base;
      }
    },
  };
}

async function askModel(config: LlmConfig, request: GenerationRequest) {
  const response = await fetch(`${config.baseUrl.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${config.apiKey}` },
    body: JSON.stringify({
      model: config.model,
      temperature: 0.7,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: userPrompt(request) },
      ],
    }),
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} from the model`);
  const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (!content) throw new Error('the reply has no message content');
  const json: unknown = JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  const { experts } = llmReply.parse(json);
  if (experts.length !== request.count) {
    throw new Error(`asked for ${request.count} experts, got ${experts.length}`);
  }
  for (const expert of experts) {
    // Keep answers to the questions this expert is asked, each well formed.
    const answers = answerAll(request.questions, (q) => expert.answers[q.id] ?? '');
    for (const q of expectedQuestions(request.questions, answers)) {
      if (!isValidAnswer(q, answers[q.id]))
        throw new Error(`invalid answer to "${q.questionText}"`);
    }
    expert.answers = answers;
  }
  return experts;
}

const SYSTEM_PROMPT = `You play an expert network proposing experts for a client's research campaign.
Write realistic, varied, fictional people who fit the brief: most work (or worked) inside the market the
brief, industry and sub-industry describe, at its operators, their customers, payers, suppliers or
competitors (a dental DSO brief: DSO operators, dental payers, dental supply distributors; a semiconductor
brief: fabs, equipment makers, chip designers), under real or realistic company names, with titles,
careers and skills of that market. Some fit less well (more junior, or left years ago); one in ten may
come from a neighbouring industry.
Reply with one JSON object only: {"experts": [...]}, each expert:
{"name", "title", "company", "geography" ("City, State or Province, Country" where the country has them,
 e.g. "Atlanta, Georgia, USA"; otherwise "City, Country", e.g. "Tbilisi, Georgia"; in the campaign's regions),
 "description" (2-3 sentences), "workHistory": [{"company", "title", "from": "YYYY-MM", "to": "YYYY-MM" or null}],
 "skills": [strings], "answers": {"<question id>": "<answer>"}}.
Answer each question in its own terms: a question naming a kind of company ("Which DSOs...?") is answered
with companies of that kind by name. Answer formats: yes_no: "Yes" or "No"; single_choice: exactly one of
the options; multi_choice: a JSON array string of options, e.g. "[\\"A\\",\\"B\\"]"; scale: an integer
within the scale; text: 2-4 sentences in the expert's voice. Answer a follow-up question only when the
parent's answer equals its trigger (no trigger: always).`;

function userPrompt({ campaign, vendor, questions, count }: GenerationRequest): string {
  return JSON.stringify({
    count,
    vendor: { name: vendor.name, strengths: vendor.tags },
    campaign: {
      name: campaign.campaignName,
      industry: campaign.customIndustry ?? campaign.industryVertical,
      subIndustry: campaign.subIndustry,
      brief: campaign.briefDescription,
      details: campaign.expandedDescription,
      regions: [...campaign.targetRegions, ...campaign.customRegions],
      // Work histories end by this date.
      asOf: campaign.createdAt.toISOString().slice(0, 7),
    },
    questions: questions.map((q) => ({
      id: q.id,
      text: q.questionText,
      type: q.questionType,
      options: q.options,
      followUpOf: q.parentQuestionId,
      trigger: q.followUpTrigger,
    })),
  });
}
