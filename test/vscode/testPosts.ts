import * as vscode from 'vscode';
import { testWorkspaceFolder } from './workspace';

/** A short digest post of the test blog's format: one paper, its Method `method`. */
export function digestPost(
  date: string,
  arxivId: string,
  method = '음성 인식과 음소 인식을 하나의 모델에서 함께 학습하였다.',
): string {
  return [
    '---',
    'layout: post',
    `title: "Daily Papers — ${date}"`,
    `date: ${date} 08:15:00`,
    'tags: [papers, hugginface]',
    'categories: []',
    '---',
    '',
    `# 1. [POWSM: A Phonetic Open Whisper-Style Speech Foundation Model](https://arxiv.org/abs/${arxivId})`,
    '',
    `> [Alphaxiv](https://www.alphaxiv.org/ko/overview/${arxivId})`,
    '',
    '## Introduction',
    '- Goal: 음성 인식과 음소 인식을 아우르는 공개 기초 모델을 만드는 것을 목표로 한다.  ',
    '- Motivation: 음소 단위 작업은 모델마다 따로 학습되어 비교와 재사용이 어렵다.  ',
    '- Contribution: 여러 음성 작업을 한 모델로 수행하는 POWSM을 공개하였다.  ',
    '',
    '## Method',
    method,
    '',
    '## Results',
    '음소 인식에서 같은 크기의 모델보다 낮은 오류율을 보였다.',
    '',
    '## Limitations',
    '저자원 언어에서의 성능은 충분히 검증되지 않았다.',
    '',
    '## Conclusion',
    '음성 작업 전반을 위한 공개 기초 모델의 가능성을 보였다.',
    '',
  ].join('\n');
}

/** Writes a post into the test workspace's `_posts` through the workspace's file system (the browser's, on the web). */
export async function writePost(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(testWorkspaceFolder().uri, '_posts', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}
