import { listGuides } from '$lib/content';
import type { PageLoad } from './$types';

export const load: PageLoad = () => ({ guides: listGuides() });
