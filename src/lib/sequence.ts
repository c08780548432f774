/** The built-in lecture sequence: normal → palsy → trunk lean → cane in the opposite hand. */
import { applyPreset, DEFAULT_STANCE } from '../../sim/index.ts';
import type { Sequence } from './scenarioFile.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete') ?? DEFAULT_STANCE;

export const DEFAULT_SEQUENCE: Sequence = {
  title: 'Superior gluteal nerve palsy in four steps',
  steps: [
    {
      id: 'built-in-normal',
      caption:
        'Normal: standing on the right leg, the abductors hold the pelvis level with about half of their maximal strength.',
      scenario: { stance: DEFAULT_STANCE, affectedSide: 'right', presetId: 'normal' },
      mode: 'stance',
    },
    {
      id: 'built-in-palsy',
      caption:
        'Right superior gluteal nerve palsy, no compensation: the pelvis drops on the left (swing) side until the iliotibial tract and capsule catch it — a positive Trendelenburg sign, and a higher hip load.',
      question:
        'Gluteus medius, minimus and TFL on the right are paralysed. What happens to the pelvis when the patient stands on the right leg?',
      scenario: { stance: palsy, affectedSide: 'right', presetId: 'sgn-palsy-complete' },
      mode: 'stance',
    },
    {
      id: 'built-in-lean',
      caption:
        'The same palsy with a lateral trunk lean (Duchenne): the centre of mass moves toward the hip; the lean uses all of the lumbar spine’s side bend, the pelvis stays almost level and the hip load falls.',
      question: 'How can the patient keep the pelvis level without abductors?',
      scenario: {
        stance: { ...palsy, compensation: 'trunk-lean' },
        affectedSide: 'right',
        presetId: undefined,
      },
      mode: 'stance',
    },
    {
      id: 'built-in-cane',
      caption:
        'A cane in the opposite (left) hand: its long lever arm about the right hip takes over much of the abductors’ work, so far less lean is needed.',
      question: 'In which hand should the patient hold a cane, and why?',
      scenario: {
        stance: {
          ...palsy,
          compensation: 'trunk-lean',
          caneFractionBW: 0.15,
          caneHand: 'contralateral',
        },
        affectedSide: 'right',
        presetId: undefined,
      },
      mode: 'stance',
    },
  ],
};
