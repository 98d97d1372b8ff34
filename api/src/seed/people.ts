import { MediatorBackground } from '../modules/mediator/mediator-enums';
import { Sex } from '../modules/mediator/mediator-enums';
import type { Random } from './random';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '田', '董', '潘', '袁', '蔡', '蒋', '余', '于', '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚'];
const GIVEN_MALE = ['建国', '志强', '永红', '文军', '国庆', '德明', '振华', '学军', '长青', '有信', '守仁', '福林', '宏伟', '海龙', '继承', '明亮', '立新', '春生', '忠厚', '世杰'];
const GIVEN_FEMALE = ['秀英', '桂兰', '玉梅', '淑珍', '丽娟', '春燕', '海燕', '晓梅', '红霞', '文静', '慧敏', '雪莲', '金花', '彩霞', '月琴', '小芳', '玉兰', '凤英', '美玲', '晓燕'];

/** Mediators who speak a minority language; the menu must be searchable by it. */
export const MINORITY_SPEAKERS = [
  { name: '艾力·买买提', sex: Sex.MALE, ethnicity: '维吾尔族', languages: ['维吾尔语', '普通话'] },
  { name: '古丽娜尔·阿不都', sex: Sex.FEMALE, ethnicity: '维吾尔族', languages: ['维吾尔语', '普通话'] },
  { name: '叶尔兰·努尔兰', sex: Sex.MALE, ethnicity: '哈萨克族', languages: ['哈萨克语', '普通话'] },
  { name: '阿依古丽·托合塔尔', sex: Sex.FEMALE, ethnicity: '哈萨克族', languages: ['哈萨克语', '维吾尔语', '普通话'] },
  { name: '巴特尔', sex: Sex.MALE, ethnicity: '蒙古族', languages: ['蒙古语', '普通话'] },
  { name: '其其格', sex: Sex.FEMALE, ethnicity: '蒙古族', languages: ['蒙古语', '普通话', '凉州话'] },
] as const;

export const BACKGROUND_NOTES: Partial<Record<MediatorBackground, string[]>> = {
  LAWYER: ['执业律师', '律师事务所合伙人'],
  LEGAL_WORKER: ['基层法律服务所主任', '法律援助工作者'],
  RETIRED_CADRE: ['原镇司法所所长', '原乡镇党委副书记', '原县法院审判员'],
  VILLAGE_CADRE: ['村党支部书记', '村委会主任', '社区居委会主任'],
  TEACHER: ['退休小学教师', '中学退休教师'],
  DOCTOR: ['退休主任医师', '乡镇卫生院医生'],
  VETERAN: ['退役军人', '退伍老兵'],
  RETURNING_GRADUATE: ['返乡大学生', '法学专业毕业生'],
  MIGRANT_WORKER: ['返乡务工人员'],
  RESPECTED_ELDER: ['德高望重的老党员', '乡贤理事会成员'],
};

export function chineseName(random: Random, sex: Sex): string {
  return random.pick(SURNAMES) + random.pick(sex === Sex.MALE ? GIVEN_MALE : GIVEN_FEMALE);
}

export function mobileLikeWorkPhone(random: Random): string {
  return `0935-${random.int(2000000, 2999999)}`;
}
