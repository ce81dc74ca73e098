import type { Browser } from 'puppeteer-core';

export const CHROMIUM: string;
export function launchChromium(): Promise<Browser | undefined>;
