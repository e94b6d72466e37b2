/**
 * Labelled queries for relevance tests and the search benchmark: what people actually type, and the record they
 * want. `first`: it must rank first (exact titles and ids); otherwise it must be in the top 3.
 * Negatives: `none` (nothing may match) or `notFirst` (that record must not rank first).
 */
export type QueryKind = 'zh' | 'lo' | 'en' | 'pinyin' | 'initials' | 'traditional' | 'thai-keyboard' | 'lao-variant' | 'typo' | 'id' | 'negative';

export interface LabelledQuery {
  query: string;
  kind: QueryKind;
  expect?: string;
  first?: boolean;
  none?: boolean;
  notFirst?: string;
}

export const LABELLED_QUERIES: LabelledQuery[] = [
  // Chinese, as staff type it
  { kind: 'zh', query: '新能源汽车动力电池检测与维护', expect: 'LCS-02', first: true },
  { kind: 'zh', query: '充电桩', expect: 'LCS-04' },
  { kind: 'zh', query: '驱动电机', expect: 'LCS-03' },
  { kind: 'zh', query: '高压安全', expect: 'LCS-01' },
  { kind: 'zh', query: '热管理', expect: 'CDS-02' },
  { kind: 'zh', query: 'CAN总线', expect: 'ICC-02' },
  { kind: 'zh', query: '计算机联锁', expect: 'ICC-03' },
  { kind: 'zh', query: '接触网', expect: 'ICC-04' },
  { kind: 'zh', query: '客运组织', expect: 'LCS-06' },
  { kind: 'zh', query: '跨境电子商务', expect: 'ICC-05' },
  { kind: 'zh', query: '直播电商', expect: 'ICC-06' },
  { kind: 'zh', query: '工业机器人', expect: 'ICC-09' },
  { kind: 'zh', query: '数控加工技术', expect: 'ICC-10', first: true },
  { kind: 'zh', query: '冷链物流', expect: 'CDS-15' },
  { kind: 'zh', query: '水电站运行', expect: 'ICC-13' },
  { kind: 'zh', query: '基础护理', expect: 'ICC-15' },
  { kind: 'zh', query: '急救', expect: 'CDS-18' },
  { kind: 'zh', query: '光纤熔接', expect: 'ICC-18' },
  { kind: 'zh', query: '综合布线', expect: 'LCS-16' },
  { kind: 'zh', query: '咖啡师', expect: 'LCS-17' },
  { kind: 'zh', query: '职场技术汉语', expect: 'ICC-20', first: true },
  { kind: 'zh', query: '施工测量', expect: 'LCS-11' },
  { kind: 'zh', query: '钢筋', expect: 'LCS-12' },
  // Lao, in modern spelling
  { kind: 'lo', query: 'ແບັດເຕີຣີ', expect: 'LCS-02' },
  { kind: 'lo', query: 'ຕູ້ສາກໄຟ', expect: 'LCS-04' },
  { kind: 'lo', query: 'ມໍເຕີຂັບເຄື່ອນ', expect: 'LCS-03' },
  { kind: 'lo', query: 'ໄຟຟ້າແຮງດັນສູງ', expect: 'LCS-01' },
  { kind: 'lo', query: 'ການບຳລຸງຮັກສາທາງລົດໄຟ', expect: 'LCS-07', first: true },
  { kind: 'lo', query: 'ອຸປະກອນສັນຍານ', expect: 'LCS-05' },
  { kind: 'lo', query: 'ຫຸ່ນຍົນອຸດສາຫະກຳ', expect: 'ICC-09' },
  { kind: 'lo', query: 'ການຄຸ້ມຄອງສາງ', expect: 'ICC-12' },
  { kind: 'lo', query: 'ກາເຟລາວ', expect: 'LCS-17' },
  { kind: 'lo', query: 'ການພະຍາບານພື້ນຖານ', expect: 'ICC-15' },
  { kind: 'lo', query: 'ສາຍໃຍແກ້ວນຳແສງ', expect: 'ICC-18' },
  { kind: 'lo', query: 'ການຖ່າຍທອດສົດ', expect: 'ICC-06' },
  { kind: 'lo', query: 'ປະຖົມພະຍາບານ', expect: 'CDS-18' },
  // English, including pasted titles
  { kind: 'en', query: 'Traction power supply and overhead contact line maintenance', expect: 'ICC-04', first: true },
  { kind: 'en', query: 'battery', expect: 'LCS-02' },
  { kind: 'en', query: 'charging station', expect: 'LCS-04' },
  { kind: 'en', query: 'interlocking', expect: 'ICC-03' },
  { kind: 'en', query: 'warehouse', expect: 'ICC-12' },
  { kind: 'en', query: 'freight forwarding', expect: 'ICC-11' },
  { kind: 'en', query: 'pharmacy', expect: 'ICC-16' },
  { kind: 'en', query: 'medical terminology', expect: 'CDS-19' },
  { kind: 'en', query: 'PLC programming', expect: 'LCS-13' },
  { kind: 'en', query: 'espresso', expect: 'LCS-17' },
  { kind: 'en', query: 'BIM', expect: 'ICC-08' },
  { kind: 'en', query: 'mechatronics', expect: 'CDS-11' },
  { kind: 'en', query: 'smart production line', expect: 'CDS-12' },
  // Full pinyin and pinyin initials
  { kind: 'pinyin', query: 'dongli dianchi', expect: 'LCS-02' },
  { kind: 'pinyin', query: 'chongdianzhuang', expect: 'LCS-04' },
  { kind: 'pinyin', query: 'gongye jiqiren', expect: 'ICC-09' },
  { kind: 'pinyin', query: 'cangchu guanli', expect: 'ICC-12' },
  { kind: 'pinyin', query: 'kafeishi', expect: 'LCS-17' },
  { kind: 'pinyin', query: 'shuidianzhan', expect: 'ICC-13' },
  { kind: 'initials', query: 'jsjls', expect: 'ICC-03' },
  { kind: 'initials', query: 'qygd', expect: 'ICC-04' },
  { kind: 'initials', query: 'skjg', expect: 'ICC-10' },
  { kind: 'initials', query: 'zhbx', expect: 'LCS-16' },
  // Traditional characters
  { kind: 'traditional', query: '動力電池', expect: 'LCS-02' },
  { kind: 'traditional', query: '鐵路信號', expect: 'LCS-05' },
  { kind: 'traditional', query: '倉儲管理', expect: 'ICC-12' },
  { kind: 'traditional', query: '藥學服務', expect: 'ICC-16' },
  { kind: 'traditional', query: '數控加工', expect: 'ICC-10' },
  // Lao typed with a Thai keyboard layout (Thai code points)
  { kind: 'thai-keyboard', query: 'แบัดเตีรี', expect: 'LCS-02' },
  { kind: 'thai-keyboard', query: 'กาเฟลาว', expect: 'LCS-17' },
  { kind: 'thai-keyboard', query: 'โฮงไฟฟ้า', expect: 'ICC-13' },
  { kind: 'thai-keyboard', query: 'กานพะญาบานพื้นถาน', expect: 'ICC-15' },
  // Lao spelling variants: ຫລ for ຫຼ, ຫນ/ຫມ for ໜ/ໝ, ໍ before or after the tone mark, ລ for ຣ
  { kind: 'lao-variant', query: 'ເຫລັກເສີມ', expect: 'LCS-12' },
  { kind: 'lao-variant', query: 'ການສໍາຫລວດ', expect: 'LCS-11' },
  { kind: 'lao-variant', query: 'ຫມາກໄມ້ລາວ', expect: 'CDS-15' },
  { kind: 'lao-variant', query: 'ພະລັງງານນ້ໍາ', expect: 'ICC-13' },
  { kind: 'lao-variant', query: 'ການສະຫນອງໄຟຟ້າລາກຈູງ', expect: 'ICC-04' },
  { kind: 'lao-variant', query: 'ໂປລແກລມ PLC', expect: 'LCS-13' },
  // Typos
  { kind: 'typo', query: 'baterry', expect: 'LCS-02' },
  { kind: 'typo', query: 'warehuose managment', expect: 'ICC-12' },
  { kind: 'typo', query: 'interlokcing', expect: 'ICC-03' },
  { kind: 'typo', query: 'pharmacy servises', expect: 'ICC-16' },
  { kind: 'typo', query: 'fibre optic splicng', expect: 'ICC-18' },
  // Ids, typed any way
  { kind: 'id', query: 'lcs-03', expect: 'LCS-03', first: true },
  { kind: 'id', query: 'LCS03', expect: 'LCS-03', first: true },
  { kind: 'id', query: 'lcs 3', expect: 'LCS-03', first: true },
  { kind: 'id', query: 'ICC-18', expect: 'ICC-18', first: true },
  { kind: 'id', query: 'cds 21', expect: 'CDS-21', first: true },
  // Negatives
  { kind: 'negative', query: 'xylophone', none: true },
  { kind: 'negative', query: '量子计算', none: true },
  { kind: 'negative', query: 'ຊ້າງເຜືອກ', none: true },
  { kind: 'negative', query: 'LCS-99', none: true },
  { kind: 'negative', query: '充电', notFirst: 'LCS-02' },
];
