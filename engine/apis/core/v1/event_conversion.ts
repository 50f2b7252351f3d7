// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go (Convert_v1_Event_To_core_Event and
// back) @ v1.34.0. v1 and internal Event have the same fields, so these are structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import { CoreEvent, CoreEventList } from '../event_types';
import { V1Event, V1EventList } from './event_types';
import { convertList, copyStructFields } from './structural_copy';

export function Convert_v1_Event_To_core_Event(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_core_Event_To_v1_Event(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_v1_EventList_To_core_EventList(input: RuntimeObject, out: RuntimeObject): void {
  convertList(input, out, CoreEvent, Convert_v1_Event_To_core_Event);
}

export function Convert_core_EventList_To_v1_EventList(input: RuntimeObject, out: RuntimeObject): void {
  convertList(input, out, V1Event, Convert_core_Event_To_v1_Event);
}

export const eventConversions = [
  {
    from: V1Event,
    to: CoreEvent,
    fn: Convert_v1_Event_To_core_Event,
    name: 'Convert_v1_Event_To_core_Event',
  },
  {
    from: CoreEvent,
    to: V1Event,
    fn: Convert_core_Event_To_v1_Event,
    name: 'Convert_core_Event_To_v1_Event',
  },
  {
    from: V1EventList,
    to: CoreEventList,
    fn: Convert_v1_EventList_To_core_EventList,
    name: 'Convert_v1_EventList_To_core_EventList',
  },
  {
    from: CoreEventList,
    to: V1EventList,
    fn: Convert_core_EventList_To_v1_EventList,
    name: 'Convert_core_EventList_To_v1_EventList',
  },
];
